#!/usr/bin/env bash
# Packs the package, installs the tarball into a scratch project (runtime dependencies linked from this
# repo's node_modules, so no network is needed), and runs every file in examples/ there, importing
# `vn-portal-kit` by name: *.mjs as ESM, *.cjs as CommonJS.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
mkdir -p "$work/app/node_modules/vn-portal-kit"
tar -xzf "$work/$tarball" -C "$work/app/node_modules/vn-portal-kit" --strip-components=1
for dep in $(node -e 'console.log(Object.keys(require("./package.json").dependencies||{}).join(" "))'); do
  mkdir -p "$work/app/node_modules/$(dirname "$dep")"
  ln -s "$root/node_modules/$dep" "$work/app/node_modules/$dep"
done
# Peer tools some examples use (vitest matchers) come from the dev install.
cp -r examples "$work/app/examples"
count=0
for f in "$work"/app/examples/*.mjs "$work"/app/examples/*.cjs; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  echo "example: $name"
  (cd "$work/app" && node "examples/$name" > "$work/out.txt") || { echo "example failed: $name"; cat "$work/out.txt"; exit 1; }
  count=$((count + 1))
done
echo "$count examples ran against $tarball"
[ "$count" -gt 0 ]
