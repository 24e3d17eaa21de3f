"""Regenerates libs/analytics/test-fixtures/clustering/clustering-golden.json from scikit-learn.

Run: $(libs/analytics/reference/ensure-venv.sh) libs/analytics/reference/clustering_reference.py
then `npx prettier --write libs/analytics/test-fixtures/clustering` (the committed file is prettier's layout).
"""

import json
import os

import numpy as np
import sklearn
from scipy.spatial.distance import pdist, squareform
from sklearn.cluster import DBSCAN, KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "test-fixtures", "clustering")


def load_iris_features():
    # The first line of sklearn's iris.csv is "150,4,setosa,versicolor,virginica", not a header.
    rows = np.loadtxt(os.path.join(FIXTURES, "iris.csv"), delimiter=",", skiprows=1)
    return rows[:, :4].copy()


def blobs_with_noise():
    points, _ = make_blobs(n_samples=300, centers=4, cluster_std=0.7, random_state=7)
    rng = np.random.RandomState(11)
    low, high = points.min(axis=0) - 1, points.max(axis=0) + 1
    noise = rng.uniform(low, high, size=(60, 2))
    return np.vstack([points, noise])


def dbscan_cases(data, combos):
    cases = []
    for eps, min_samples in combos:
        model = DBSCAN(eps=eps, min_samples=min_samples).fit(data)
        cases.append(
            {
                "eps": eps,
                "minSamples": min_samples,
                "labels": model.labels_.tolist(),
                "coreSampleIndices": model.core_sample_indices_.tolist(),
            }
        )
    return cases


def silhouette_pair(data, labels):
    exact = squareform(pdist(data))
    return {
        "labels": [int(label) for label in labels],
        "sklearn": float(silhouette_score(data, labels)),
        "exactDistances": float(silhouette_score(exact, labels, metric="precomputed")),
    }


def kmeans_from_init(data, init, algorithm):
    model = KMeans(n_clusters=len(init), init=np.array(init), n_init=1, algorithm=algorithm).fit(data)
    return {
        "algorithm": algorithm,
        "inertia": float(model.inertia_),
        "iterations": int(model.n_iter_),
        "labels": model.labels_.tolist(),
        "centres": model.cluster_centers_.tolist(),
    }


def main():
    iris = load_iris_features()
    blobs = blobs_with_noise()
    iris_standardised = StandardScaler().fit_transform(iris)

    best = KMeans(n_clusters=3, n_init=10, random_state=0).fit(iris)
    far_init = [blobs[0].tolist(), blobs[1].tolist(), blobs[2].tolist(), [1000.0, 1000.0]]
    golden = {
        "generator": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}",
        "kmeansIris": {
            "k": 3,
            "nInit": 10,
            "inertia": float(best.inertia_),
            "centres": best.cluster_centers_.tolist(),
        },
        "kmeansFromInit": {
            "iris": {
                "init": iris[[0, 50, 100]].tolist(),
                "runs": [kmeans_from_init(iris, iris[[0, 50, 100]], a) for a in ("lloyd", "elkan")],
            },
            "blobsWithEmptyCluster": {
                "init": far_init,
                "runs": [kmeans_from_init(blobs, far_init, a) for a in ("lloyd", "elkan")],
            },
        },
        "blobs": blobs.tolist(),
        "dbscanBlobs": dbscan_cases(blobs, [(0.3, 5), (0.5, 5), (0.5, 10), (0.8, 4), (1.2, 15), (0.25, 2)]),
        "irisStandardised": iris_standardised.tolist(),
        "dbscanIrisStandardised": dbscan_cases(
            iris_standardised, [(0.5, 5), (0.6, 4), (0.8, 10), (1.0, 5), (0.3, 3)]
        ),
        "silhouette": {
            "irisKMeans": silhouette_pair(iris, best.labels_),
            "blobsDbscan": silhouette_pair(blobs, DBSCAN(eps=0.5, min_samples=5).fit(blobs).labels_),
        },
    }
    with open(os.path.join(FIXTURES, "clustering-golden.json"), "w") as handle:
        json.dump(golden, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
