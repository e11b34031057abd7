#!/usr/bin/env bash
# Regenerates the expected spdep localG values in this folder (see README.md).
# Needs ../shared/data beside the repository, the .NET 10 SDK, and R with spdep (bench/spdep/install.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
"$repo/bench/spdep/install.sh"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
dotnet run -c Release --project "$repo/bench/Geo.Bench" -- spdep-grids --out "$tmp"
Rscript "$here/localg.R" "$tmp" "$here"
