#!/usr/bin/env bash
# The main job of the README: start Geo's managed local PostGIS, load the sample municipality Exempelkommun
# (data/sample: areas, resources, five years of incidents with planted hotspots), print a summary, then two statistics
# on the sample files.
# Idempotent: a second run reuses the cluster and every import reports its rows as unchanged.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
./geo db up
./geo import sample data/sample
./geo summary --study-area 9999
# Statistics on the sample's files (no database): how concentrated the police reports are on a 250 m grid, and how the
# hot spots moved between 2021 and 2025 (written as a GeoPackage that QGIS opens in SWEREF 99 TM).
mkdir -p .geo/demo
echo
echo "Concentration of the police reports (geo stats concentration):"
./geo stats concentration --input data/sample/incidents_police.csv --cell-size 250 --boundary data/sample/boundary.geojson
echo
echo "Hot spots 2025 against 2021 (geo stats change):"
./geo stats change --input data/sample/incidents_police.csv --time-field occurred_at \
  --compare-from 2021-01-01 --compare-to 2021-12-31 --from 2025-01-01 --to 2025-12-31 \
  --cell-size 250 --boundary data/sample/boundary.geojson --out .geo/demo/change.gpkg
