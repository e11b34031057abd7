#!/usr/bin/env bash
# The test command of the README: installs what is missing, then builds and runs every test against a
# real PostGIS (each test assembly starts its own throwaway cluster). Exits non-zero when any test fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh --tests
if [ "${CI:-}" = "true" ] && [ ! -d "$root/../shared/data" ] && [ -z "${GEO_SHARED_DATA:-}" ]; then
  echo "CI=true but ../shared/data is missing beside the repository: the tests that use real data cannot run." >&2
  exit 1
fi
# The map page's bundle first: Geo.Api copies it to its output and the browser test (Geo.Map.Tests) loads it.
bash scripts/build-web.sh
dotnet build Geo.sln -c Release -nologo -v quiet
log=$(mktemp)
set +e
dotnet test Geo.sln -c Release --no-build -nologo -v quiet --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for CI: totals over all test assemblies.
awk '/^(Passed|Failed)!/ { for (i=1;i<=NF;i++) { if ($i=="Failed:") f+=$(i+1); if ($i=="Passed:") p+=$(i+1); if ($i=="Skipped:") s+=$(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
