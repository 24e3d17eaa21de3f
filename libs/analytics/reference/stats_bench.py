"""Baseline for scripts/bench/analytics.bench.ts: numpy/scipy summary statistics of a float64 file.
Usage: stats_bench.py <values.f64> <repeats>. Prints JSON with the best time and the figures."""

import json
import sys
import time

import numpy as np
from scipy import stats


def summarise(values):
    return {
        "mean": float(np.mean(values)),
        "variance": float(np.var(values, ddof=1)),
        "skewness": float(stats.skew(values, bias=False)),
        "quartiles": [float(q) for q in np.quantile(values, [0.25, 0.5, 0.75])],
    }


def main():
    values = np.fromfile(sys.argv[1], dtype="<f8")
    repeats = int(sys.argv[2])
    best = float("inf")
    figures = None
    for _ in range(repeats):
        started = time.perf_counter()
        figures = summarise(values)
        best = min(best, time.perf_counter() - started)
    print(json.dumps({"seconds": best, "numpy": np.__version__, **figures}))


if __name__ == "__main__":
    main()
