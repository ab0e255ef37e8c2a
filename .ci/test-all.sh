#!/usr/bin/env bash
# The README's test command: install what the tests need, then run every test.
# The peer-conformance run comes first so that the test total stays the last line of the output.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
bash .ci/install-system-deps.sh || exit 1
npm ci --no-audit --no-fund || exit 1
npm run conformance || exit 1
log=$(mktemp)
npm test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# vitest prints "Tests  N passed | M failed (T)"; CI reads a plain "N passed, N failed" line.
summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^\s*Tests\s' | tail -1)
passed=$(grep -oE '[0-9]+ passed' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
failed=$(grep -oE '[0-9]+ failed' <<<"$summary" | grep -oE '[0-9]+' || echo 0)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
