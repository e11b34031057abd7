#!/usr/bin/env bash
# Regenerates points.csv, the expected spatstat densities and diagnostics.txt in this folder (see README.md).
# Needs R with spatstat (Debian: apt-get install r-cran-spatstat).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
Rscript "$here/points.R" "$here"
Rscript "$here/density.R" "$here"
