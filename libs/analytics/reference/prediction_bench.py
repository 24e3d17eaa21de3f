"""Baseline timings for scripts/bench/analytics/prediction.bench.ts (fit only, best of 3).

logreg <features.f64> <labels.f64> <rows> <cols>: scikit-learn LogisticRegression(lbfgs, C=1)
holt-winters <csv>: statsmodels ExponentialSmoothing(trend="add", seasonal="mul", seasonal_periods=12).fit()
Prints one JSON object.
"""
import json
import sys
import time
import warnings

import numpy as np


def best_of_three(fit):
    best, result = float("inf"), None
    for _ in range(3):
        started = time.perf_counter()
        result = fit()
        best = min(best, time.perf_counter() - started)
    return best, result


def logistic(features_path, labels_path, rows, cols):
    import sklearn
    from sklearn.linear_model import LogisticRegression
    x = np.fromfile(features_path, dtype="<f8").reshape(int(rows), int(cols))
    y = np.fromfile(labels_path, dtype="<f8")
    seconds, model = best_of_three(lambda: LogisticRegression(C=1.0, solver="lbfgs", max_iter=1000).fit(x, y))
    return {"seconds": seconds, "name": f"scikit-learn {sklearn.__version__} LogisticRegression(lbfgs)",
            "intercept": float(model.intercept_[0]), "coefficients": [float(v) for v in model.coef_[0]]}


def holt_winters(csv_path):
    import statsmodels
    from statsmodels.tsa.holtwinters import ExponentialSmoothing
    values = np.loadtxt(csv_path, delimiter=",", skiprows=1, usecols=1)
    model = ExponentialSmoothing(values, trend="add", seasonal="mul", seasonal_periods=12)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        seconds, fitted = best_of_three(model.fit)
    return {"seconds": seconds, "name": f"statsmodels {statsmodels.__version__} ExponentialSmoothing(add, mul).fit()",
            "sse": float(fitted.sse)}


if __name__ == "__main__":
    mode, *arguments = sys.argv[1:]
    print(json.dumps(logistic(*arguments) if mode == "logreg" else holt_winters(*arguments)))
