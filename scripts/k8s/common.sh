#!/usr/bin/env bash
# Shared settings of the Kubernetes tooling (sourced by install-tools.sh, validate.sh, generate-crd-schemas.sh).
# Every version is pinned here; tools and the Kubernetes schemas live under <repo>/tmp/k8s-tools (gitignored).

K8S_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$K8S_SCRIPTS/../.." && pwd)"
K8S_TOOLS="${K8S_TOOLS:-$REPO_ROOT/tmp/k8s-tools}"
K8S_BIN="$K8S_TOOLS/bin"

# Go module proxy. kustomize v5.8.3 needs Go 1.27; the machine has 1.26.
KUSTOMIZE_VERSION=v5.8.2
KUBECONFORM_VERSION=v0.8.0
# The Kubernetes version the manifests are validated against. Its JSON schemas come from the PyPI package
# kubernetes-validate, which bundles them for every minor version up to its own.
KUBERNETES_VERSION=1.34.0
KUBERNETES_VALIDATE_VERSION=1.37.0
K8S_SCHEMAS="$K8S_TOOLS/schemas/v$KUBERNETES_VERSION-local-strict"
# The operators whose custom resources the prod overlay uses (CRD schemas committed in deploy/k8s/schemas).
STRIMZI_VERSION=1.2.0
CLOUDNATIVE_PG_VERSION=v1.29.2
MONGODB_COMMUNITY_OPERATOR_VERSION=v0.13.0

k8s_say() { echo "[k8s] $*"; }
k8s_fail() {
  echo "[k8s] ERROR: $*" >&2
  exit 1
}
