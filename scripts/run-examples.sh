#!/usr/bin/env bash
# Packs the package, installs the tarball into a scratch project (scripts/pack-install.mjs: runtime
# dependencies linked from this repo's node_modules, so no network is needed), and runs every file in
# examples/ there, importing `vn-portal-kit` by name: *.mjs as ESM, *.cjs as CommonJS. Then, from an empty
# folder of that project, `npx vn-portal-kit demo` (its data must ship in the package) and the
# `vn-portal-kit/inventory.schema.json` export.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app=$(node scripts/pack-install.mjs "$work")
tarball=$(basename "$(ls "$work"/*.tgz)")
cp -r examples "$app/examples"
count=0
for f in "$app"/examples/*.mjs "$app"/examples/*.cjs; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  echo "example: $name"
  (cd "$app" && node "examples/$name" > "$work/out.txt") || { echo "example failed: $name"; cat "$work/out.txt"; exit 1; }
  count=$((count + 1))
done
echo "$count examples ran against $tarball"
[ "$count" -gt 0 ]

# npx vn-portal-kit demo from an empty folder: the bin is linked as npm links it; the examples are not there.
mkdir -p "$app/node_modules/.bin" "$app/empty"
ln -s ../vn-portal-kit/dist/cli/index.js "$app/node_modules/.bin/vn-portal-kit"
(cd "$app/empty" && npx --no vn-portal-kit demo --lang en > "$work/demo.txt" 2> "$work/demo.err") ||
  { echo "npx vn-portal-kit demo failed"; cat "$work/demo.txt" "$work/demo.err"; exit 1; }
for want in '== Compliance audit ==' 'HTML report written to audit-report.html' 'conforming: 1/9'; do
  grep -qF "$want" "$work/demo.txt" || { echo "demo output lacks: $want"; cat "$work/demo.txt"; exit 1; }
done
[ -s "$app/empty/audit-report.html" ] || { echo "demo wrote no audit-report.html"; exit 1; }
echo "npx vn-portal-kit demo ran from an empty folder"

(cd "$app/empty" && node --input-type=module -e "
  import { createRequire } from 'node:module';
  const s = (await import('vn-portal-kit/inventory.schema.json', { with: { type: 'json' } })).default;
  const c = createRequire(process.cwd() + '/')('vn-portal-kit/inventory.schema.json');
  if (s.type !== 'object' || !s.properties.items || c.\$schema !== s.\$schema) process.exit(1);
  console.log('vn-portal-kit/inventory.schema.json resolves (import and require)');
")
