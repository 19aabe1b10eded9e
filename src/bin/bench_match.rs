//! The matching benchmark page's program (built by `make bench` from
//! `bench/match/index.html`): scores and assigns synthetic cohorts of 50,
//! 200 and 1,000 mentees in the browser and reports the times.

fn main() {
    #[cfg(target_arch = "wasm32")]
    wayfinder::bench::match_bench();
}
