#!/usr/bin/env bash
# Installs what Geo needs from Debian's packages when missing. Idempotent; does nothing when all is there.
#   scripts/install-deps.sh            what the geo command needs: PostgreSQL 15 with PostGIS 3, and Chromium (headless,
#                                      for the report as PDF) with the DejaVu fonts, and Node.js with npm (to build the
#                                      map page: scripts/build-web.sh) unless node and npm are already on PATH
#   scripts/install-deps.sh --tests    also what the tests use: GDAL's command-line tools (ogrinfo reads Geo's outputs
#                                      and GDAL-written fixtures back) and GLPK's glpsol (the disclosure tests' reference LP solver)
# Geo itself never installs anything: when something is missing it says what, and this script installs it.
set -euo pipefail
packages=(postgresql-15 postgresql-15-postgis-3 chromium fonts-dejavu-core)
if [ "${1:-}" = "--tests" ]; then packages+=(gdal-bin poppler-utils glpk-utils); fi
# Node.js and npm build the map page; a Node.js installed otherwise (e.g. NodeSource, which bundles npm) is used as it is.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then packages+=(nodejs npm); fi
need=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${need[*]}. Install them as root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  echo "Installing ${need[*]} ..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK (dotnet) is required but not on PATH." >&2; exit 1; }
