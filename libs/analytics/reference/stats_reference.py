"""Golden values for libs/analytics statistics, cleaning and evaluation, from numpy, scipy, pandas and
scikit-learn. Writes libs/analytics/test-fixtures/stats/*.json. Run with the reference venv
(libs/analytics/reference/run-all.sh)."""

import json
import pathlib

import numpy as np
import pandas as pd
import scipy
import sklearn
from scipy import special, stats
from sklearn import metrics, preprocessing
from sklearn.impute import SimpleImputer

OUT = pathlib.Path(__file__).resolve().parent.parent / "test-fixtures" / "stats"
rng = np.random.default_rng(20250301)


def floats(values):
    return [float(v) for v in np.asarray(values, dtype=float).ravel()]


def write(name, payload):
    payload = {
        "generator": "libs/analytics/reference/stats_reference.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "pandas": pd.__version__,
                     "scikit-learn": sklearn.__version__},
        **payload,
    }
    (OUT / name).write_text(json.dumps(payload, indent=1, allow_nan=False) + "\n")


def samples():
    return {
        "normal": rng.normal(50, 12, 200),
        "lognormal": rng.lognormal(3, 0.9, 150),
        "integers with ties": rng.integers(0, 6, 40).astype(float),
        "small": np.array([3.0, -1.5, 8.25, 2.0]),
        "large offset": 1e9 + np.array([4.0, 7.0, 13.0, 16.0]),
    }


def special_functions():
    gamma_points = [0.1, 0.5, 1, 1.5, 2.5, 7, 10.3, 33.3, 171.2, 1000.5]
    beta_cases = [(a, b, x) for a, b in [(0.5, 0.5), (2, 3), (10, 0.5), (0.7, 25), (150, 0.5), (4.5, 4.5)]
                  for x in [0.001, 0.2, 0.5, 0.77, 0.999]]
    t_cases = [(t, df) for df in [1, 2.5, 7, 30.7, 250] for t in [-6.1, -2.2, -0.3, 0, 0.9, 2.5, 12.0]]
    write("special-functions.json", {
        "logGamma": [{"x": x, "value": float(special.gammaln(x))} for x in gamma_points],
        "incompleteBeta": [{"a": a, "b": b, "x": x, "value": float(special.betainc(a, b, x))}
                           for a, b, x in beta_cases],
        "studentT": [{"t": t, "df": df, "cdf": float(stats.t.cdf(t, df)),
                      "twoSided": float(2 * stats.t.sf(abs(t), df))} for t, df in t_cases],
    })


def descriptive():
    probabilities = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]
    cases = []
    for name, values in samples().items():
        counts, edges = np.histogram(values, bins=7)
        custom_edges = np.quantile(values, [0.05, 0.3, 0.6, 0.95])
        custom_counts, _ = np.histogram(values, bins=custom_edges)
        cases.append({
            "name": name,
            "values": floats(values),
            "mean": float(np.mean(values)),
            "sampleVariance": float(np.var(values, ddof=1)),
            "populationVariance": float(np.var(values)),
            "sampleStandardDeviation": float(np.std(values, ddof=1)),
            "skewness": float(stats.skew(values, bias=False)),
            "pandasSkewness": float(pd.Series(values).skew()),
            "probabilities": probabilities,
            "quantiles": floats(np.quantile(values, probabilities)),
            "histogram": {"bins": 7, "counts": [int(c) for c in counts], "edges": floats(edges)},
            "edgeHistogram": {"edges": floats(custom_edges), "counts": [int(c) for c in custom_counts]},
        })
    write("descriptive.json", {"cases": cases})


def comparative():
    welch = []
    for size_a, size_b, shift, scale_b in [(12, 9, 0.8, 2.0), (40, 55, 0.1, 0.5), (3, 4, -2.0, 1.0),
                                           (200, 150, 0.02, 1.3), (6, 30, 5.0, 0.2)]:
        a = rng.normal(10, 1.5, size_a)
        b = rng.normal(10 + shift, 1.5 * scale_b, size_b)
        result = stats.ttest_ind(a, b, equal_var=False)
        welch.append({"first": floats(a), "second": floats(b), "t": float(result.statistic),
                      "df": float(result.df), "pValue": float(result.pvalue)})
    regions = rng.choice(["north", "south", "east", "west", "centre"], 120)
    amounts = np.round(rng.gamma(2.0, 150.0, 120), 2)
    frame = pd.DataFrame({"region": regions, "amount": amounts})
    grouped = frame.groupby("region")["amount"].agg(["count", "sum", "mean", "median", "std", "min", "max"])
    groups = [{"group": key, **{column: float(row[column]) for column in grouped.columns}}
              for key, row in grouped.iterrows()]
    months = rng.choice(["2025-01", "2025-02", "2025-03", "2025-04"], 60)
    revenue = np.round(rng.normal(1000, 300, 60), 2)
    monthly = pd.Series(revenue).groupby(months).sum()
    write("comparative.json", {
        "welch": welch,
        "groupBy": {"groups": list(regions), "values": floats(amounts), "expected": groups},
        "periods": {"periods": list(months), "values": floats(revenue), "sums": floats(monthly.values),
                    "keys": list(monthly.index), "absolute": floats(monthly.diff().fillna(0).values),
                    "relative": floats(monthly.pct_change().fillna(0).values)},
    })


def correlation():
    base = rng.normal(0, 1, 80)
    columns = {
        "x": base,
        "y": 2 * base + rng.normal(0, 0.7, 80),
        "ties": np.round(base * 2),
        "noise": rng.normal(0, 1, 80),
        "curve": np.exp(base),
    }
    frame = pd.DataFrame(columns)
    write("correlation.json", {
        "names": list(columns),
        "columns": [floats(column) for column in columns.values()],
        "pearson": frame.corr(method="pearson").values.tolist(),
        "spearman": frame.corr(method="spearman").values.tolist(),
        "ranksOfTies": floats(stats.rankdata(columns["ties"])),
    })


def cleaning():
    x = np.column_stack([rng.normal(100, 20, 30), rng.exponential(3, 30), np.full(30, 7.5)])
    standard = preprocessing.StandardScaler().fit(x)
    minmax = preprocessing.MinMaxScaler(feature_range=(-1, 2)).fit(x)
    with_missing = x.copy()
    with_missing[[1, 5, 17], 0] = np.nan
    with_missing[[2, 9], 1] = np.nan
    spiky = np.concatenate([rng.normal(0, 1, 60), [8.5, -7.0, 4.1]])
    q1, q3 = np.percentile(spiky, [25, 75])
    z = stats.zscore(spiky)
    write("cleaning.json", {
        "matrix": {"rows": 30, "cols": 3, "data": floats(x)},
        "standardScaler": {"mean": floats(standard.mean_), "scale": floats(standard.scale_),
                           "transformed": floats(standard.transform(x))},
        "minMaxScaler": {"featureRange": [-1, 2], "dataMin": floats(minmax.data_min_),
                         "dataMax": floats(minmax.data_max_), "transformed": floats(minmax.transform(x))},
        "missing": {"data": [None if np.isnan(v) else float(v) for v in with_missing.ravel()],
                    "meanFill": floats(SimpleImputer(strategy="mean").fit(with_missing).statistics_),
                    "medianFill": floats(SimpleImputer(strategy="median").fit(with_missing).statistics_),
                    "completeRows": int((~np.isnan(with_missing).any(axis=1)).sum())},
        "outliers": {"values": floats(spiky), "iqrFences": [float(q1 - 1.5 * (q3 - q1)), float(q3 + 1.5 * (q3 - q1))],
                     "iqrIndices": [int(i) for i in np.where((spiky < q1 - 1.5 * (q3 - q1)) |
                                                             (spiky > q3 + 1.5 * (q3 - q1)))[0]],
                     "zIndices": [int(i) for i in np.where(np.abs(z) > 3)[0]]},
    })


def evaluation():
    actual = rng.integers(0, 2, 60)
    predicted = np.where(rng.random(60) < 0.75, actual, 1 - actual)
    scores = np.round(actual * 0.3 + rng.random(60), 1)  # rounding makes many ties
    multi_actual = rng.integers(0, 3, 45)
    multi_predicted = np.where(rng.random(45) < 0.6, multi_actual, rng.integers(0, 3, 45))
    truth = rng.normal(200, 50, 50)
    estimate = truth + rng.normal(0, 15, 50)
    write("evaluation.json", {
        "binary": {"actual": [int(v) for v in actual], "predicted": [int(v) for v in predicted],
                   "scores": floats(scores),
                   "accuracy": float(metrics.accuracy_score(actual, predicted)),
                   "precision": float(metrics.precision_score(actual, predicted)),
                   "recall": float(metrics.recall_score(actual, predicted)),
                   "f1": float(metrics.f1_score(actual, predicted)),
                   "rocAuc": float(metrics.roc_auc_score(actual, scores))},
        "multiclass": {"actual": [int(v) for v in multi_actual], "predicted": [int(v) for v in multi_predicted],
                       "confusion": metrics.confusion_matrix(multi_actual, multi_predicted).tolist()},
        "regression": {"actual": floats(truth), "predicted": floats(estimate),
                       "rmse": float(metrics.root_mean_squared_error(truth, estimate)),
                       "mae": float(metrics.mean_absolute_error(truth, estimate)),
                       "mape": float(metrics.mean_absolute_percentage_error(truth, estimate)),
                       "r2": float(metrics.r2_score(truth, estimate))},
    })


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    special_functions()
    descriptive()
    comparative()
    correlation()
    cleaning()
    evaluation()
    print(f"wrote stats fixtures to {OUT}")
