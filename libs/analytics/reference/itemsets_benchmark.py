"""Times mlxtend on Groceries for scripts/bench/analytics/itemsets.bench.ts; prints one JSON line.

Usage: python itemsets_benchmark.py <groceries.csv> <min_support> <fpgrowth_repeats> <apriori_repeats>
Only the mining call is timed. mlxtend 0.23.4 fpgrowth() ends with a per-itemset scan of every row
(rasbt/mlxtend#1130) that takes tens of minutes here, so "fpgrowth" times its tree build and
fpg_step, the FP-Growth work that fpgrowth() in 0.23.1 did; apriori() is timed as published.
"""
import json
import sys
import time

import mlxtend
import pandas as pd
from mlxtend.frequent_patterns import apriori
from mlxtend.frequent_patterns import fpcommon
from mlxtend.frequent_patterns.fpgrowth import fpg_step
from mlxtend.preprocessing import TransactionEncoder


def best_of(repeats, call):
    best, result = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - started)
    return best, result


def main():
    path, min_support = sys.argv[1], float(sys.argv[2])
    fpgrowth_repeats, apriori_repeats = int(sys.argv[3]), int(sys.argv[4])
    with open(path) as handle:
        baskets = [[i.strip() for i in line.split(",") if i.strip()] for line in handle.read().splitlines()]
    encoder = TransactionEncoder()
    frame = pd.DataFrame(encoder.fit(baskets).transform(baskets), columns=encoder.columns_)
    min_count = next(c for c in range(1, len(frame) + 1) if c / len(frame) >= min_support)

    def fpgrowth_core():
        tree, _, _ = fpcommon.setup_fptree(frame, min_support)
        return sum(1 for _ in fpg_step(tree, min_count, frame.columns, None, 0))

    fpgrowth_seconds, fpgrowth_count = best_of(fpgrowth_repeats, fpgrowth_core)
    apriori_seconds, apriori_result = best_of(apriori_repeats, lambda: apriori(frame, min_support=min_support))
    print(json.dumps({
        "version": mlxtend.__version__,
        "fpgrowth": {"seconds": fpgrowth_seconds, "itemsets": fpgrowth_count},
        "apriori": {"seconds": apriori_seconds, "itemsets": len(apriori_result)},
    }))


if __name__ == "__main__":
    main()
