#!/usr/bin/env bash
# The README's test command (`npm test`): every gate the package must pass, in order, with one summary.
# typecheck, lint, vitest (all suites) under four TZ values, build, publint + attw, bundle sizes, the docs site, examples
# against the packed tarball. Exits non-zero on the first failing step; prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/vitest-*.json

step() {
  local name=$1
  shift
  echo
  echo "── ${name} ──"
  local t0=$SECONDS
  if ! "$@"; then
    echo "FAILED: ${name}"
    summary
    exit 1
  fi
  echo "ok: ${name} ($((SECONDS - t0)) s)"
}

summary() {
  node -e '
    const fs = require("fs");
    let passed = 0, failed = 0, skipped = 0;
    for (const f of fs.readdirSync(".tmp").filter((f) => /^vitest-.*\.json$/.test(f))) {
      const r = JSON.parse(fs.readFileSync(".tmp/" + f, "utf8"));
      passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests || 0);
      console.log(`  ${f.replace(/^vitest-|\.json$/g, "").padEnd(20)} ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
    }
    console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  '
}

vitest_tz() {
  local tz=$1
  local seed=$2
  shift 2
  local tag=${tz//\//-}
  echo "TZ=$tz FC_SEED=$seed $*"
  FC_SEED="$seed" TZ="$tz" npx vitest run --reporter=default --reporter=json --outputFile.json=".tmp/vitest-${tag}.json" "$@"
}

# The real-Chromium tests (test/site/browser) do no civil-date arithmetic of their own and take most of a run's
# time on 2 cores: they run in full under Vietnamese time, and the other time zones run everything else.
BROWSER_ONCE=(--exclude 'test/site/browser/**')

step "exports in sync" node scripts/sync-exports.mjs --check
step "typecheck" npx tsc -p tsconfig.json --noEmit
step "lint" npx biome check .
step "tests TZ=Asia/Ho_Chi_Minh" vitest_tz Asia/Ho_Chi_Minh 20261125
step "tests TZ=UTC" vitest_tz UTC 1 "${BROWSER_ONCE[@]}"
step "tests TZ=America/Los_Angeles" vitest_tz America/Los_Angeles 2 "${BROWSER_ONCE[@]}"
step "tests TZ=Pacific/Kiritimati" vitest_tz Pacific/Kiritimati 3 "${BROWSER_ONCE[@]}"
step "build" npx tsup --silent
step "Playwright example in real Chromium (examples/playwright)" npx playwright test -c examples/playwright
step "check:package" npm run --silent check:package
step "bundle sizes (browser build, budgets, tree-shaking)" node scripts/bundle-size.mjs
step "docs (typedoc + guides into site/, README links)" node scripts/docs.mjs
step "examples against the packed package" bash scripts/run-examples.sh
echo
echo "── summary ──"
summary
