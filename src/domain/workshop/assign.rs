//! The optimal assignment: mentees to mentors maximising the total fit,
//! under each mentor's capacity, locked pairs (always made) and forbidden
//! pairs (never made: the facilitator's, and everyone's declared
//! exclusions). Solved as a rectangular linear sum assignment by the
//! shortest augmenting path method of the Jonker–Volgenant family, as
//! SciPy's `linear_sum_assignment` solves it (Crouse's variant; the `lsap`
//! crate ports SciPy's code): a mentor with capacity k is k columns, and
//! when places are fewer than mentees, "unmatched" columns make up the
//! difference. A mentee stays unmatched in such a column or in a place
//! forbidden to them: both weigh nothing, any pair more. Scores are scaled to
//! whole numbers with a small deterministic tie-break, so equal scores do
//! not leave the solver many equivalent optima to wander between, and the
//! same input always gives the same output.

/// One unit of score (fits are 0–1000) in the solver's weights.
const SCALE: i64 = 1_000_000;

/// What to solve: `fit[i][j]` is mentee i's fit with mentor j (0–1000),
/// `None` when the pair is forbidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub fit: Vec<Vec<Option<u32>>>,
    pub capacity: Vec<u32>,
    /// (mentee, mentor) pairs that must be made.
    pub locks: Vec<(usize, usize)>,
}

/// For each mentee, the mentor they are paired with, if any.
pub type Assignment = Vec<Option<usize>>;

impl Problem {
    fn mentors(&self) -> usize {
        self.capacity.len()
    }

    /// Locks that can be honoured: each mentee locked once, within
    /// capacity, never a forbidden pair; the rest are ignored.
    pub fn usable_locks(&self) -> Vec<(usize, usize)> {
        let mut used = vec![0u32; self.mentors()];
        let mut seen = vec![false; self.fit.len()];
        let mut out = Vec::new();
        for &(i, j) in &self.locks {
            let ok = i < self.fit.len()
                && j < self.mentors()
                && !seen[i]
                && used[j] < self.capacity[j]
                && self.fit[i].get(j).copied().flatten().is_some();
            if ok {
                seen[i] = true;
                used[j] += 1;
                out.push((i, j));
            }
        }
        out
    }

    /// The solver's weight for mentee `i` with mentor `j` in column `col`:
    /// a pair always beats staying unmatched (score + 1). A forbidden
    /// pair weighs nothing: a mentee placed there stays unmatched, as in
    /// an "unmatched" column. (An optimum leaves nobody there while a
    /// place they may take is free, since any pair weighs more; so its
    /// pairs are those of the problem with an "unmatched" column for every
    /// mentee, in a smaller matrix.) Weights stay below 2^31, so the
    /// solver's sums of up to a million of them are exact in `f64`.
    fn weight(&self, i: usize, j: usize, col: usize, rows: usize) -> i64 {
        match self.fit[i][j] {
            Some(s) => (i64::from(s) + 1) * SCALE + tie_break(i, col, rows),
            None => 0,
        }
    }
}

/// A small, fixed, pseudo-random bonus per cell, summing to less than one
/// score unit over any assignment of `rows` rows.
fn tie_break(i: usize, col: usize, rows: usize) -> i64 {
    let h = (i as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add((col as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F));
    let h = (h ^ (h >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let room = (SCALE / (rows as i64 + 1)).max(1);
    ((h >> 33) % room as u64) as i64
}

/// The matrix the solver works on, with what its rows and columns stand
/// for: `rows[r]` is a mentee, `slots[c]` a mentor (for
/// `c < slots.len()`; later columns are "unmatched"). Row-major `costs`,
/// to minimise: each the weight to maximise, negated.
pub struct SolverMatrix {
    pub rows: Vec<usize>,
    pub slots: Vec<usize>,
    pub cols: usize,
    pub costs: Vec<f64>,
}

impl SolverMatrix {
    /// The weights (the costs negated), whole numbers, row by row.
    pub fn weights(&self) -> impl Iterator<Item = i64> + '_ {
        self.costs.iter().map(|&c| -c as i64)
    }
}

/// Applies the usable locks to `out` and builds the matrix for the rest.
pub fn solver_matrix(p: &Problem, out: &mut Assignment) -> SolverMatrix {
    let mut left = p.capacity.clone();
    for (i, j) in p.usable_locks() {
        out[i] = Some(j);
        left[j] -= 1;
    }
    let rows: Vec<usize> = (0..p.fit.len()).filter(|i| out[*i].is_none()).collect();
    // A slot per remaining unit of capacity (no more than there are rows),
    // then "unmatched" columns for the mentees beyond the places.
    let slots: Vec<usize> = left
        .iter()
        .enumerate()
        .flat_map(|(j, &c)| std::iter::repeat_n(j, c.min(rows.len() as u32) as usize))
        .collect();
    let cols = slots.len().max(rows.len());
    let mut costs = Vec::with_capacity(rows.len() * cols);
    for &i in &rows {
        costs.extend(
            slots
                .iter()
                .enumerate()
                .map(|(c, &j)| -p.weight(i, j, c, rows.len()) as f64),
        );
        costs.extend((slots.len()..cols).map(|c| -tie_break(i, c, rows.len()) as f64));
    }
    SolverMatrix {
        rows,
        slots,
        cols,
        costs,
    }
}

/// Solves `p`. Returns the assignment and its total fit.
pub fn solve(p: &Problem) -> (Assignment, i64) {
    let mut out: Assignment = vec![None; p.fit.len()];
    let m = solver_matrix(p, &mut out);
    solve_matrix(p, m, &mut out);
    let t = total(p, &out);
    (out, t)
}

/// Solves `m` (built by [`solver_matrix`] from `p`), adding its pairs to
/// `out`. The costs are reduced first ([`reduce`]), which leaves the
/// optimum where it was and shortens the solver's searches. Kept a call
/// of its own (never inlined into a caller that runs once, such as a
/// benchmark loop or the wizard's task): a browser's WebAssembly engine
/// swaps in code compiled for speed only between calls, never inside a
/// running one.
#[inline(never)]
pub fn solve_matrix(p: &Problem, mut m: SolverMatrix, out: &mut Assignment) {
    // Never fails on this matrix (finite, no more rows than columns); if
    // it did, the locked pairs alone are the answer. Said to the compiler
    // too: with no tall matrix, the solver's transposing code is left out.
    if m.cols < m.rows.len() {
        return;
    }
    reduce(&mut m.costs, m.rows.len(), m.cols);
    if let Ok((rows, cols_of)) = lsap::solve(m.rows.len(), m.cols, &m.costs, false) {
        for (&r, &c) in rows.iter().zip(&cols_of) {
            if c < m.slots.len() && p.fit[m.rows[r]][m.slots[c]].is_some() {
                out[m.rows[r]] = Some(m.slots[c]);
            }
        }
    }
}

/// Subtracts each row's smallest cost from the row and, when the matrix
/// is square, each column's smallest from the column (the first step of
/// the Hungarian and Jonker–Volgenant methods). Every row is assigned
/// once, so a row's constant changes every assignment's total alike; so
/// does a column's when every column is assigned too (square), not
/// otherwise. The optimum stays the same assignment, and the solver
/// starts from costs that are 0 where a row or column is at its best, so
/// it finds short augmenting paths sooner (about a third less time on the
/// benchmark's 1,000 × 1,000). Costs are whole numbers well below 2^53,
/// so every difference is exact.
fn reduce(costs: &mut [f64], rows: usize, cols: usize) {
    if rows == 0 || cols == 0 {
        return;
    }
    for row in costs.chunks_exact_mut(cols) {
        let least = row.iter().copied().fold(f64::INFINITY, f64::min);
        row.iter_mut().for_each(|c| *c -= least);
    }
    if rows == cols {
        let mut least = vec![f64::INFINITY; cols];
        for row in costs.chunks_exact(cols) {
            for (l, &c) in least.iter_mut().zip(row) {
                *l = l.min(c);
            }
        }
        for row in costs.chunks_exact_mut(cols) {
            for (c, l) in row.iter_mut().zip(&least) {
                *c -= l;
            }
        }
    }
}

/// Solves a small fixed problem and throws the answer away: run before
/// a large cohort is scored, so the browser has the solver compiled for
/// speed by the time the real assignment starts. (A WebAssembly engine
/// first runs a function from a quick, slow compile and recompiles it
/// for speed once it has done some work, in the background; a call
/// already running keeps the slow code, and the solver is one long call.)
/// About a millisecond.
pub fn prime() {
    const N: usize = 64;
    let fit = (0..N)
        .map(|i| {
            (0..N)
                .map(|j| Some(((i * 37 + j * 101) % 1000) as u32))
                .collect()
        })
        .collect();
    let p = Problem {
        fit,
        capacity: vec![1; N],
        locks: Vec::new(),
    };
    std::hint::black_box(solve(std::hint::black_box(&p)));
}

/// The sum of fits of an assignment (the quality measure people see).
pub fn total(p: &Problem, a: &Assignment) -> i64 {
    a.iter()
        .enumerate()
        .filter_map(|(i, j)| j.and_then(|j| p.fit[i][j]))
        .map(i64::from)
        .sum()
}

/// Whether `a` respects capacities, forbidden pairs and usable locks.
pub fn is_valid(p: &Problem, a: &Assignment) -> bool {
    let mut used = vec![0u32; p.mentors()];
    for (i, j) in a.iter().enumerate() {
        if let Some(j) = *j {
            if j >= p.mentors() || p.fit[i][j].is_none() {
                return false;
            }
            used[j] += 1;
        }
    }
    used.iter().zip(&p.capacity).all(|(u, c)| u <= c)
        && p.usable_locks().iter().all(|&(i, j)| a[i] == Some(j))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn locks_are_kept_and_forbidden_pairs_never_made() {
        let p = Problem {
            fit: vec![vec![Some(900), Some(100)], vec![Some(800), None]],
            capacity: vec![1, 1],
            locks: vec![(0, 1)],
        };
        let (a, _) = solve(&p);
        assert_eq!(a, [Some(1), Some(0)]);
        let p = Problem {
            fit: vec![vec![None], vec![Some(10)]],
            capacity: vec![2],
            locks: vec![(0, 0)],
        };
        assert_eq!(
            solve(&p).0,
            [None, Some(0)],
            "a lock on a forbidden pair is ignored"
        );
        let p = Problem {
            fit: vec![vec![Some(0)]; 3],
            capacity: vec![2],
            locks: vec![],
        };
        assert_eq!(
            solve(&p).0.iter().filter(|x| x.is_some()).count(),
            2,
            "capacity"
        );
    }

    #[test]
    fn equal_scores_still_solve_fast_at_200() {
        let n = 200;
        let p = Problem {
            fit: vec![vec![Some(500); n]; n],
            capacity: vec![1; n],
            locks: vec![],
        };
        let t = std::time::Instant::now();
        let (a, _) = solve(&p);
        assert!(a.iter().all(Option::is_some));
        assert!(t.elapsed().as_secs() < 20);
    }

    #[test]
    fn reduced_costs_keep_the_optimum_square_or_wide() {
        // Wide (more places than mentees): the columns are not reduced,
        // or the cheapest column would look as good as a pair.
        let p = Problem {
            fit: vec![vec![None, Some(0)]],
            capacity: vec![1, 1],
            locks: vec![],
        };
        assert_eq!(solve(&p).0, [Some(1)]);
        let p = Problem {
            fit: vec![vec![Some(10), Some(900), Some(20)]],
            capacity: vec![1, 1, 1],
            locks: vec![],
        };
        assert_eq!(solve(&p).0, [Some(1)]);
        // Square: rows and columns reduced, the best total still found
        // (greedy would give mentee 0 mentor 0 and lose 700).
        let p = Problem {
            fit: vec![vec![Some(900), Some(800)], vec![Some(850), Some(0)]],
            capacity: vec![1, 1],
            locks: vec![],
        };
        assert_eq!(solve(&p), (vec![Some(1), Some(0)], 1650));
        let mut costs = vec![-5.0, -9.0, -7.0, -2.0];
        reduce(&mut costs, 2, 2);
        assert_eq!(costs, [4.0, 0.0, 0.0, 5.0]);
    }
}
