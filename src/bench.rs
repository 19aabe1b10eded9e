//! In-browser benchmarks run by `make bench` (never by the app): the
//! storage layer saving and loading five years of data (`domain::sample`)
//! through localStorage, and the matching wizard's scoring and assignment
//! for 50 to 1,000 mentees. Results go to `<pre id="result">` as JSON and the
//! page is marked `data-bench="done"`; `bench/storage.mjs` reads them and
//! times plain `JSON.stringify` + `localStorage.setItem` of the same data
//! in the same page for comparison.

use crate::domain::assessment::Assessments;
use crate::domain::goals::Goals;
use crate::domain::guide::Guide;
use crate::domain::sample::{five_years, network};
use crate::storage::browser::BrowserStore;
use crate::storage::document::Document;
use crate::storage::keys::document_key;
use crate::storage::repo::{open, save, Status};

const RUNS: usize = 15;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn stored_len<D: Document>() -> usize {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&document_key(D::NAME)).ok().flatten())
        .map_or(0, |t| t.len())
}

pub fn storage_bench() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(perf) = window.performance() else {
        return;
    };
    if let Ok(Some(s)) = window.local_storage() {
        let _ = s.clear();
    }
    let (a, g) = five_years(1_600_000_000_000);
    let n = Guide {
        network: network(1_600_000_000_000),
        ..Guide::default()
    };
    let mut saves = Vec::new();
    let mut loads = Vec::new();
    let mut ok = true;
    for run in 0..RUNS {
        let rev = run as u64;
        let t0 = perf.now();
        ok &= save(&BrowserStore, &a, rev, 0, 1).is_ok();
        ok &= save(&BrowserStore, &g, rev, 0, 1).is_ok();
        ok &= save(&BrowserStore, &n, rev, 0, 1).is_ok();
        saves.push(perf.now() - t0);
        let t0 = perf.now();
        let oa = open::<Assessments>(&BrowserStore, 1);
        let og = open::<Goals>(&BrowserStore, 1);
        let on = open::<Guide>(&BrowserStore, 1);
        loads.push(perf.now() - t0);
        ok &= oa.status == Status::Ok && og.status == Status::Ok && on.status == Status::Ok;
        ok &= on.doc.network.people.items.len() == 200;
        ok &= oa.doc.snapshots.items.len() == 60 && og.doc.goals.items.len() == 500;
    }
    let bytes = stored_len::<Assessments>() + stored_len::<Goals>() + stored_len::<Guide>();
    let (big_ms, big_bytes, big_read) = big_backup(&perf);
    let result = format!(
        "{{\"ok\":{ok},\"runs\":{RUNS},\"save_ms\":{},\"load_ms\":{},\"stored_chars\":{bytes},\"big_backup\":{{\"keys\":{BIG_KEYS},\"bytes\":{big_bytes},\"ms\":{big_ms},\"read\":{big_read}}}}}",
        median(saves),
        median(loads)
    );
    report(&window, &result);
}

/// Keys of the one object in the hostile backup of [`big_backup`].
const BIG_KEYS: usize = 400_000;

/// Reads a backup just under the 5 MB cap whose goals section holds one
/// object of [`BIG_KEYS`] keys (a parser that inserts keys in linear time
/// takes minutes on it). Returns the time, the size and whether it was
/// read (`false`: refused, as a goals section with a stray object is).
fn big_backup(perf: &web_sys::Performance) -> (f64, usize, bool) {
    let mut text = String::from(
        r#"{"app":"wayfinder","kind":"backup","format":1,"exported_at":0,"documents":{"goals":{"app":"wayfinder","schema":1,"saved_at":0,"rev":1,"data":{"goals":{"items":[]},"big":{"#,
    );
    for i in 0..BIG_KEYS {
        if i > 0 {
            text.push(',');
        }
        text.push_str(&format!("\"k{i}\":0"));
    }
    text.push_str("}}}}}");
    let t0 = perf.now();
    let read = crate::storage::backup::read(text.as_bytes()).is_ok();
    (perf.now() - t0, text.len(), read)
}

/// A facilitator's first assignment of 1,000 mentees on a page just
/// opened (`#first-cold`), or primed first as the wizard does
/// (`#first-primed`): what one click costs before the browser has
/// compiled the solver for speed.
fn first_assignment(window: &web_sys::Window, perf: &web_sys::Performance, primed: bool) {
    use crate::domain::workshop::assign::{prime, solve_matrix, solver_matrix};
    use crate::domain::workshop::synthetic::MatchingCase;
    let n = 1000;
    let case = MatchingCase::new(n, 1);
    let t0 = perf.now();
    if primed {
        prime();
    }
    let t1 = perf.now();
    let p = case.problem();
    let mut a = vec![None; n];
    let m = solver_matrix(&p, &mut a);
    let t2 = perf.now();
    solve_matrix(&p, m, &mut a);
    let t3 = perf.now();
    report(
        window,
        &format!(
            "{{\"ok\":true,\"primed\":{primed},\"prime_ms\":{},\"assign_ms\":{}}}",
            t1 - t0,
            t3 - t2
        ),
    );
}

/// Shows the result on the page and marks the benchmark done.
fn report(window: &web_sys::Window, result: &str) {
    let Some(doc) = window.document() else { return };
    if let Some(pre) = doc.get_element_by_id("result") {
        pre.set_text_content(Some(result));
    }
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-bench", "done");
    }
}

/// The peer-circle benchmark cases: (people, largest group).
pub const CIRCLE_CASES: [(usize, usize); 6] =
    [(60, 4), (60, 6), (300, 4), (300, 6), (1000, 4), (1000, 6)];

/// Forms peer circles of synthetic cohorts (groups of size-1 to size),
/// timing the affinities and the heuristic, with the total's distance from
/// the computed upper bound; one run each (the heuristic is
/// deterministic; the largest take seconds).
fn circles_bench(perf: &web_sys::Performance) -> Vec<String> {
    use crate::domain::workshop::circles::{form, upper_bound, Affinities};
    use crate::domain::workshop::matching::Constraints;
    use crate::domain::workshop::score::Weights;
    use crate::domain::workshop::synthetic::cohort;
    let mut rows = Vec::new();
    for (n, size) in CIRCLE_CASES {
        let (people, _) = cohort(n, 0, n as u64 + size as u64);
        let t0 = perf.now();
        let a = Affinities::of(&people, &Weights::default(), &Constraints::default());
        let t1 = perf.now();
        let Ok(c) = form(&a, size - 1, size) else {
            continue;
        };
        let t2 = perf.now();
        let bound = upper_bound(&a, size);
        rows.push(format!(
            "{{\"n\":{n},\"size\":{size},\"groups\":{},\"affinity_ms\":{},\"form_ms\":{},\"total\":{},\"bound\":{bound},\"of_bound\":{}}}",
            c.groups.len(),
            t1 - t0,
            t2 - t1,
            c.total,
            c.total as f64 / bound.max(1) as f64
        ));
    }
    rows
}

/// Scores every pair and solves the assignment for each case in
/// [`MATCH_CASES`] (the same synthetic cases `src/bin/match_matrices.rs`
/// writes for SciPy), timing the two parts; median of several runs.
pub fn match_bench() {
    use crate::domain::workshop::assign::{solve_matrix, solver_matrix, total};
    use crate::domain::workshop::synthetic::{MatchingCase, MATCH_CASES};
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(perf) = window.performance() else {
        return;
    };
    let first = window.location().hash().unwrap_or_default();
    if first.starts_with("#first") {
        return first_assignment(&window, &perf, first == "#first-primed");
    }
    let mut rows = Vec::new();
    for (n, cap) in MATCH_CASES {
        let case = MatchingCase::new(n, cap);
        let runs = if n >= 1000 { 5 } else { 7 };
        let (mut score_ms, mut matrix_ms, mut assign_ms) = (Vec::new(), Vec::new(), Vec::new());
        let mut result = (0, 0i64);
        for _ in 0..runs {
            let t0 = perf.now();
            let p = case.problem();
            let t1 = perf.now();
            let mut a = vec![None; n];
            let m = solver_matrix(&p, &mut a);
            let t2 = perf.now();
            solve_matrix(&p, m, &mut a);
            let t3 = perf.now();
            score_ms.push(t1 - t0);
            matrix_ms.push(t2 - t1);
            assign_ms.push(t3 - t2);
            result = (a.iter().filter(|x| x.is_some()).count(), total(&p, &a));
        }
        rows.push(format!(
            "{{\"n\":{n},\"capacity\":{cap},\"runs\":{runs},\"score_ms\":{},\"matrix_ms\":{},\"assign_ms\":{},\"matched\":{},\"total_fit\":{}}}",
            median(score_ms),
            median(matrix_ms),
            median(assign_ms),
            result.0,
            result.1
        ));
    }
    let circles = circles_bench(&perf);
    let result = format!(
        "{{\"ok\":true,\"cases\":[{}],\"circles\":[{}]}}",
        rows.join(","),
        circles.join(",")
    );
    report(&window, &result);
}
