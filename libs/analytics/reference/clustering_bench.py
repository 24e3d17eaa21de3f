"""Baseline timings for scripts/bench/analytics/clustering.bench.ts: scikit-learn on the same data.

Usage: python clustering_bench.py <spec.json>; the spec names raw little-endian float64 files written
by the TypeScript side. Prints one JSON object; times only `fit`, best of each case's `repeats`.
"""

import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import DBSCAN, KMeans


def load(entry):
    return np.fromfile(entry["path"], dtype="<f8").reshape(entry["rows"], entry["cols"])


def best_of(repeats, fit):
    best, model = float("inf"), None
    for _ in range(repeats):
        began = time.perf_counter()
        model = fit()
        best = min(best, time.perf_counter() - began)
    return best, model


def main():
    spec = json.load(open(sys.argv[1]))
    out = {"version": sklearn.__version__}

    kmeans = spec["kmeans"]
    data = load(kmeans)
    start = load(kmeans["start"])
    runs = {
        "kmeans_plus_plus_lloyd": lambda: KMeans(n_clusters=kmeans["k"], n_init=1, random_state=0),
        "same_start_lloyd": lambda: KMeans(n_clusters=kmeans["k"], init=start, n_init=1, algorithm="lloyd"),
        "same_start_elkan": lambda: KMeans(n_clusters=kmeans["k"], init=start, n_init=1, algorithm="elkan"),
    }
    for name, make in runs.items():
        seconds, model = best_of(kmeans["repeats"], lambda: make().fit(data))
        out[name] = {"seconds": seconds, "inertia": float(model.inertia_), "iterations": int(model.n_iter_)}

    dbscan = spec["dbscan"]
    data = load(dbscan)
    seconds, model = best_of(
        dbscan["repeats"], lambda: DBSCAN(eps=dbscan["eps"], min_samples=dbscan["minPoints"]).fit(data)
    )
    out["dbscan"] = {
        "seconds": seconds,
        "clusters": int(model.labels_.max() + 1),
        "noise": int((model.labels_ == -1).sum()),
        "core": int(len(model.core_sample_indices_)),
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
