"""Regenerates libs/analytics/test-fixtures/prediction/* from scikit-learn, statsmodels and plain Python.

Run: $(libs/analytics/reference/ensure-venv.sh) libs/analytics/reference/prediction_reference.py
"""
import json
import os

import numpy as np
import sklearn
import statsmodels
import statsmodels.api as sm
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC
from statsmodels.datasets import longley
from statsmodels.tsa.statespace.tests.results.results_sarimax import air2_data

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "test-fixtures", "prediction")
SKDATA = os.path.join(os.path.dirname(sklearn.__file__), "datasets", "data")


def write_json(name, value):
    with open(os.path.join(OUT, name), "w") as handle:
        json.dump(value, handle, indent=1)
        handle.write("\n")


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w") as handle:
        handle.write(",".join(header) + "\n")
        for row in rows:
            handle.write(",".join(repr(float(v)) if not float(v).is_integer() else str(int(v)) for v in row) + "\n")


def standardise(x):
    # StandardScaler: population standard deviation
    return (x - x.mean(axis=0)) / x.std(axis=0)


def linear_regression():
    frame = longley.load_pandas().data
    header = ["TOTEMP", "GNPDEFL", "GNP", "UNEMP", "ARMED", "POP", "YEAR"]
    write_csv("longley.csv", header, frame[header].to_numpy())
    y = frame["TOTEMP"].to_numpy()
    x = frame[header[1:]].to_numpy()
    ols = sm.OLS(y, sm.add_constant(x)).fit()
    ridge = Ridge(alpha=10.0, solver="cholesky").fit(x, y)
    write_json("linear-regression.json", {
        "source": f"statsmodels {statsmodels.__version__} OLS, scikit-learn {sklearn.__version__} Ridge(alpha=10)",
        "ols": {"intercept": ols.params[0], "coefficients": list(ols.params[1:]),
                "standardErrors": list(ols.bse), "rSquared": ols.rsquared},
        "ridge": {"lambda": 10.0, "intercept": ridge.intercept_, "coefficients": list(ridge.coef_)},
    })


def load_breast_cancer():
    raw = np.loadtxt(os.path.join(SKDATA, "breast_cancer.csv"), delimiter=",", skiprows=1)
    header = [f"f{i + 1}" for i in range(30)] + ["target"]
    write_csv("breast-cancer.csv", header, raw)
    return raw[:, :30], raw[:, 30]


def load_iris_binary():
    raw = np.loadtxt(os.path.join(SKDATA, "iris.csv"), delimiter=",", skiprows=1)
    keep = raw[:, 4] > 0
    rows = np.column_stack([raw[keep, :4], raw[keep, 4] - 1])
    write_csv("iris-binary.csv", ["sepal_length", "sepal_width", "petal_length", "petal_width", "target"], rows)
    return rows[:, :4], rows[:, 4]


def classifiers(name, x, y):
    xs = standardise(x)
    logistic = LogisticRegression(C=1.0, solver="lbfgs", tol=1e-12, max_iter=100000).fit(xs, y)
    train, test = train_test_split(np.arange(len(y)), test_size=0.3, random_state=0, stratify=y)
    svm = LinearSVC(C=1.0).fit(xs[train], y[train])
    tight = LinearSVC(C=1.0, dual=False, tol=1e-12, max_iter=1000000).fit(xs[train], y[train])
    return {
        "logistic": {"C": 1.0, "intercept": logistic.intercept_[0], "coefficients": list(logistic.coef_[0]),
                     "probabilities": list(logistic.predict_proba(xs)[:, 1])},
        "svm": {"C": 1.0, "train": [int(i) for i in train], "test": [int(i) for i in test],
                "intercept": tight.intercept_[0], "coefficients": list(tight.coef_[0]),
                "testPredictions": [int(v) for v in svm.predict(xs[test])],
                "testDecisions": list(tight.decision_function(xs[test]))},
    }


def r_decompose_start(x, f, multiplicative):
    window = np.asarray(x[: 2 * f], dtype=float)
    weights = np.r_[0.5, np.ones(f - 1), 0.5] / f if f % 2 == 0 else np.ones(f) / f
    half = len(weights) // 2
    trend = np.full(2 * f, np.nan)
    for i in range(half, 2 * f - half):
        trend[i] = float(np.dot(weights, window[i - half: i + half + 1]))
    season = window / trend if multiplicative else window - trend
    figure = np.array([np.nanmean(season[[i, i + f]]) for i in range(f)])
    figure = figure / figure.mean() if multiplicative else figure - figure.mean()
    dat = trend[~np.isnan(trend)]
    slope, intercept = np.polyfit(np.arange(1, len(dat) + 1), dat, 1)
    return intercept, slope, figure


def holt_winters_recursion(x, f, alpha, beta, gamma, phi, multiplicative, start):
    level, trend, season = start[0], start[1], list(start[2])
    sse, fitted = 0.0, []
    for i in range(f, len(x)):
        s = season[i - f]
        base = level + phi * trend
        xhat = base * s if multiplicative else base + s
        fitted.append(xhat)
        sse += (x[i] - xhat) ** 2
        new_level = alpha * (x[i] / s if multiplicative else x[i] - s) + (1 - alpha) * base
        trend = beta * (new_level - level) + (1 - beta) * phi * trend
        level = new_level
        season.append(gamma * (x[i] / level if multiplicative else x[i] - level) + (1 - gamma) * s)
    return {"sse": sse, "fitted": fitted, "level": level, "trend": trend, "season": season[-f:]}


def r_prediction_variance(x, fitted, alpha, beta, gamma, f, multiplicative, coefficients, h):
    residuals = np.asarray(x[f:]) - np.asarray(fitted)
    variance = float(np.var(residuals, ddof=1))
    psi = lambda j: alpha * (1 + j * beta) + (j % f == 0) * gamma * (1 - alpha)
    if not multiplicative:
        return variance * (1 + sum(psi(j) ** 2 for j in range(1, h)))
    rel = 1 + (h - 1) % f
    # R indexes coefficients c(a, b, s1..sf) 1-based: coefficients[2 + k]
    return variance * sum((psi(j) * coefficients[1 + rel] / coefficients[1 + (rel - j) % f]) ** 2 for j in range(h))


def holt_winters():
    x = [float(v) for v in air2_data]
    assert len(x) == 144 and sum(x) == 40363
    with open(os.path.join(OUT, "air-passengers.csv"), "w") as handle:
        handle.write("month,passengers\n")
        for i, v in enumerate(x):
            handle.write(f"{1949 + i // 12}-{i % 12 + 1:02d},{int(v)}\n")
    cases = {}
    for name, multiplicative, params in [
        ("multiplicativeR", True, (0.2755925, 0.03269295, 0.8707292, 1.0)),
        ("additive", False, (0.25, 0.05, 0.6, 1.0)),
        ("multiplicativeDamped", True, (0.3, 0.1, 0.7, 0.95)),
    ]:
        start = r_decompose_start(x, 12, multiplicative)
        run = holt_winters_recursion(x, 12, *params, multiplicative, start)
        alpha, beta, gamma, phi = params
        coefficients = [run["level"], run["trend"], *run["season"]]
        intervals = [r_prediction_variance(x, run["fitted"], alpha, beta, gamma, 12, multiplicative, coefficients, h)
                     for h in range(1, 25)] if phi == 1.0 else None
        cases[name] = {"alpha": alpha, "beta": beta, "gamma": gamma, "phi": phi, "multiplicative": multiplicative,
                       "startLevel": start[0], "startTrend": start[1], "startSeason": list(start[2]), **run,
                       "forecastVariances": intervals}
    start = r_decompose_start(x, 12, True)
    sse = lambda p: holt_winters_recursion(x, 12, *np.clip(p, 0, 1), 1.0, True, start)["sse"]
    # R's optim(L-BFGS-B) from c(0.3, 0.1, 0.1) with finite-difference gradients
    fitted = minimize(sse, [0.3, 0.1, 0.1], method="L-BFGS-B", bounds=[(0, 1)] * 3)
    cases["fittedMultiplicative"] = {"alpha": fitted.x[0], "beta": fitted.x[1], "gamma": fitted.x[2],
                                     "sse": fitted.fun, "rSse": 16570.78}
    write_json("holt-winters.json", {"source": "plain Python recursion of R's C_HoltWinters; scipy L-BFGS-B", **cases})


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    linear_regression()
    write_json("classification.json", {
        "source": f"scikit-learn {sklearn.__version__}: LogisticRegression(lbfgs, tol=1e-12), LinearSVC default "
                  "(predictions) and LinearSVC(dual=False, tol=1e-12) (coefficients, decisions); standardised features",
        "breastCancer": classifiers("breastCancer", *load_breast_cancer()),
        "irisBinary": classifiers("irisBinary", *load_iris_binary()),
    })
    holt_winters()
