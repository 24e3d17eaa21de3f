#!/usr/bin/env bash
# `npm run k8s:validate`: renders the base and every overlay with kustomize and validates each object,
# strictly (unknown fields fail), against the Kubernetes JSON schemas of KUBERNETES_VERSION and the
# operators' CRD schemas committed in deploy/k8s/schemas. Offline: no remote kustomize resources, and
# kubeconform reads schemas from disk only. Installs the tools first (once; scripts/k8s/install-tools.sh).
# Usage: validate.sh [K8S_DIR]   (default deploy/k8s; the unit test passes a broken copy)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

root=$(cd "${1:-$REPO_ROOT/deploy/k8s}" && pwd)
bash "$K8S_SCRIPTS/install-tools.sh" >&2

# A git-ignored manifest renders here but is missing from every clone (as `data/` folders once were).
ignored=$(git -C "$REPO_ROOT" ls-files --others --ignored --exclude-standard -- "$root" 2>/dev/null || true)
[ -z "$ignored" ] || k8s_fail "git ignores these files, so no clone would have them: $ignored"

rendered=$(mktemp -d)
trap 'rm -rf "$rendered"' EXIT
shopt -s nullglob
targets=("$root/base")
for overlay in "$root"/overlays/*/; do targets+=("${overlay%/}"); done

failed=0
for target in "${targets[@]}"; do
  name=${target#"$root"/}
  # Remote bases or resources (URLs) would fetch at render time: validation must work offline.
  if grep -RInE '^\s*-\s*(https?://|git@|github\.com/)' --include=kustomization.yaml "$target" >&2; then
    echo "[k8s] $name: remote kustomize resources are not allowed" >&2
    failed=1
    continue
  fi
  file="$rendered/${name//\//_}.yaml"
  if ! "$K8S_BIN/kustomize" build "$target" >"$file"; then
    echo "[k8s] $name: kustomize build failed" >&2
    failed=1
    continue
  fi
  echo "::: $name ($(grep -c '^kind: ' "$file") objects)"
  if ! "$K8S_BIN/kubeconform" -strict -summary -output text \
    -kubernetes-version "$KUBERNETES_VERSION" \
    -schema-location "$K8S_SCHEMAS/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$REPO_ROOT/deploy/k8s/schemas/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json" \
    "$file"; then
    failed=1
  fi
  echo
done

if [ "$failed" -ne 0 ]; then
  echo "[k8s] validation FAILED" >&2
  exit 1
fi
echo "[k8s] ${#targets[@]} kustomizations valid (Kubernetes $KUBERNETES_VERSION)"
