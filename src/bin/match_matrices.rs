//! Writes the solver's weight matrices of the matching benchmark's cases
//! (the same synthetic cohorts and code as the in-browser benchmark) for
//! SciPy's `linear_sum_assignment` to solve in the same `make bench` run:
//! `<dir>/<n>-<capacity>.bin` (row-major little-endian i64) and
//! `<dir>/cases.json` (shapes and Wayfinder's own optimum). Native only.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::io::Result<()> {
    use std::io::Write;
    use wayfinder::domain::workshop::assign::{solve, solver_matrix};
    use wayfinder::domain::workshop::synthetic::{MatchingCase, MATCH_CASES};

    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "bench/out/match".into());
    std::fs::create_dir_all(&dir)?;
    let mut cases = Vec::new();
    for (n, cap) in MATCH_CASES {
        let p = MatchingCase::new(n, cap).problem();
        let mut out = vec![None; n];
        let m = solver_matrix(&p, &mut out);
        let (a, total) = solve(&p);
        let mut f = std::fs::File::create(format!("{dir}/{n}-{cap}.bin"))?;
        let bytes: Vec<u8> = m.weights().flat_map(|w| w.to_le_bytes()).collect();
        f.write_all(&bytes)?;
        cases.push(format!(
            "{{\"n\":{n},\"capacity\":{cap},\"rows\":{},\"cols\":{},\"slots\":{},\"total_fit\":{total},\"pairs\":{}}}",
            m.rows.len(),
            m.cols,
            m.slots.len(),
            a.iter().filter(|x| x.is_some()).count()
        ));
    }
    std::fs::write(
        format!("{dir}/cases.json"),
        format!("[{}]", cases.join(",")),
    )?;
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
