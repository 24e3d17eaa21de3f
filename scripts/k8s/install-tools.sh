#!/usr/bin/env bash
# Installs what `npm run k8s:validate` needs into tmp/k8s-tools, from package registries only:
#   kustomize and kubeconform with `go install` (Go module proxy),
#   the Kubernetes JSON schemas from the PyPI package kubernetes-validate (`pip download`, no install).
# A second run finds everything in place and downloads nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mkdir -p "$K8S_BIN"

# name, package, version: builds the binary once per version (the stamp file records which).
install_go_tool() {
  local name=$1 package=$2 version=$3
  local stamp="$K8S_BIN/$name.version"
  if [ -x "$K8S_BIN/$name" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version" ]; then return; fi
  command -v go >/dev/null || k8s_fail "go is needed to install $name ($package@$version)"
  k8s_say "go install $package@$version"
  GOBIN="$K8S_BIN" GOTOOLCHAIN=local GOFLAGS=-mod=mod go install "$package@$version"
  echo "$version" >"$stamp"
}

# Extracts one Kubernetes version's strict schemas from the wheel. Their $refs point at
# https://kubernetes.io/api/_definitions.json (kubernetes-validate resolves that itself); they are
# rewritten to the sibling file so kubeconform resolves them on disk, offline.
install_kubernetes_schemas() {
  local stamp="$K8S_SCHEMAS/.source" source="kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
  if [ "$(cat "$stamp" 2>/dev/null)" = "$source" ]; then return; fi
  command -v python3 >/dev/null || k8s_fail "python3 (with pip) is needed to fetch $source"
  local wheels="$K8S_TOOLS/wheels"
  mkdir -p "$wheels"
  k8s_say "pip download $source"
  python3 -m pip download --quiet --no-deps --disable-pip-version-check -d "$wheels" "$source"
  rm -rf "$K8S_SCHEMAS"
  python3 - "$wheels/kubernetes_validate-$KUBERNETES_VALIDATE_VERSION-py3-none-any.whl" \
    "v$KUBERNETES_VERSION-local-strict" "$K8S_SCHEMAS" <<'PY'
import json, os, sys, zipfile
wheel, folder, target = sys.argv[1:]
prefix = f"kubernetes_validate/kubernetes-json-schema/{folder}/"
os.makedirs(target, exist_ok=True)
count = 0
with zipfile.ZipFile(wheel) as archive:
    for name in archive.namelist():
        if not name.startswith(prefix) or not name.endswith(".json"):
            continue
        file = name[len(prefix):]
        text = archive.read(name).decode()
        local = "#" if file == "_definitions.json" else "_definitions.json#"
        text = text.replace('"/api/_definitions.json#', f'"{local}')
        schema = json.loads(text)
        schema.pop("$id", None)
        with open(os.path.join(target, file), "w") as out:
            json.dump(schema, out)
        count += 1
if count == 0:
    sys.exit(f"no schemas under {prefix} in {wheel}")
print(f"[k8s] {count} Kubernetes schemas in {target}")
PY
  echo "$source" >"$stamp"
}

install_go_tool kustomize sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION"
install_go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"
install_kubernetes_schemas
k8s_say "tools ready in $K8S_TOOLS"
