"""Solves the matching benchmark's matrices with SciPy.

Reads <dir>/cases.json and <dir>/<n>-<capacity>.bin (row-major little-endian
int64, written by `cargo run --release --bin match_matrices`), times
scipy.optimize.linear_sum_assignment(maximize=True) on each (median of
several runs) and prints JSON: per case the time, and whether SciPy's
optimum has the same total fit and number of pairs as Wayfinder's (the
weights are (fit + 1) * 10^6 plus a tie-break below 10^6 in all, so
both solvers must agree on the sum of fit + 1 over the pairs made).
"""
import json
import statistics
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


SCALE = 1_000_000


def main(directory):
    with open(f"{directory}/cases.json") as f:
        cases = json.load(f)
    out = []
    for case in cases:
        n, cap = case["n"], case["capacity"]
        m = np.fromfile(f"{directory}/{n}-{cap}.bin", dtype="<i8").reshape(case["rows"], case["cols"])
        runs = 5 if n >= 1000 else 7
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            rows, cols = linear_sum_assignment(m, maximize=True)
            times.append((time.perf_counter() - t0) * 1000)
            chosen = m[rows, cols]
            pairs = chosen[cols < case["slots"]]
            fit_plus_pairs = int((pairs // SCALE).sum())
        out.append({"n": n, "capacity": cap, "scipy_ms": statistics.median(times),
                    "same_optimum": fit_plus_pairs == case["total_fit"] + case["pairs"]})
    print(json.dumps({"scipy": __import__("scipy").__version__, "cases": out}))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/out/match")
