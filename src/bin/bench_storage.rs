//! The storage benchmark page's program (built by `make bench` from
//! `bench/storage/index.html`): saves and loads a five-year document set
//! through the real storage layer in the browser and reports the times.

fn main() {
    #[cfg(target_arch = "wasm32")]
    wayfinder::bench::storage_bench();
}
