"""Regenerates test-fixtures/itemsets/mlxtend-groceries.json from mlxtend (apriori + association_rules).

mlxtend 0.23.4 fpgrowth re-scans every row for each itemset (rasbt/mlxtend#1130) and takes tens of
minutes here, so the fixture comes from its apriori, which returns the same itemsets.

Run with the venv from ensure-venv.sh:  $(./ensure-venv.sh) itemsets_reference.py
"""
import json
import sys
from pathlib import Path

import mlxtend
import pandas as pd
from mlxtend.frequent_patterns import apriori, association_rules
from mlxtend.preprocessing import TransactionEncoder

ROOT = Path(__file__).resolve().parents[3]
DATASET = ROOT / "shared" / "datasets" / "groceries.csv"
OUTPUT = Path(__file__).resolve().parents[1] / "test-fixtures" / "itemsets" / "mlxtend-groceries.json"
MIN_SUPPORT = 0.001
MIN_CONFIDENCE = 0.5
SAMPLE = 150


def load_baskets(path):
    baskets = []
    for line in path.read_text().splitlines():
        items = [item.strip() for item in line.split(",") if item.strip()]
        if items:
            baskets.append(items)
    return baskets


def every_nth(rows, count):
    step = max(1, len(rows) // count)
    return rows[::step][:count]


def main():
    dataset = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "test-fixtures/itemsets/groceries.csv"
    if not dataset.exists():
        dataset = DATASET
    baskets = load_baskets(dataset)
    encoder = TransactionEncoder()
    frame = pd.DataFrame(encoder.fit(baskets).transform(baskets), columns=encoder.columns_)
    itemsets = apriori(frame, min_support=MIN_SUPPORT, use_colnames=True)
    rules = association_rules(itemsets, len(frame), metric="confidence", min_threshold=MIN_CONFIDENCE)

    itemset_rows = sorted(
        ({"items": sorted(row.itemsets), "support": row.support} for row in itemsets.itertuples()),
        key=lambda row: (len(row["items"]), row["items"]),
    )
    rule_rows = sorted(
        (
            {
                "antecedent": sorted(row.antecedents),
                "consequent": sorted(row.consequents),
                "support": row.support,
                "confidence": row.confidence,
                "lift": row.lift,
                "leverage": row.leverage,
                "conviction": None if row.conviction == float("inf") else row.conviction,
            }
            for row in rules.itertuples()
        ),
        key=lambda row: (row["antecedent"], row["consequent"]),
    )
    fixture = {
        "source": f"mlxtend {mlxtend.__version__} apriori + association_rules(metric=confidence)",
        "transactions": len(frame),
        "minSupport": MIN_SUPPORT,
        "minConfidence": MIN_CONFIDENCE,
        "itemsetCount": len(itemset_rows),
        "ruleCount": len(rule_rows),
        "convictionInfinityIs": None,
        "itemsets": every_nth(itemset_rows, SAMPLE),
        "rules": every_nth(rule_rows, SAMPLE),
    }
    OUTPUT.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"wrote {OUTPUT}: {len(itemset_rows)} itemsets, {len(rule_rows)} rules")


if __name__ == "__main__":
    main()
