#!/usr/bin/env bash
# The main job of the README: start Geo's managed local PostGIS, load the sample municipality Exempelkommun
# (data/sample: areas, resources, five years of incidents with planted hotspots), print a summary, two statistics on the
# sample files, then the lägesbild: a stored analysis run of the sample with its top priorities and their reasons.
# Idempotent: a second run reuses the cluster, every import reports its rows as unchanged, and a new run is stored.
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
# The national reference table (the police's public event feed per 100,000 residents), when the shared data is beside
# the repository: the sample is compared with Luleå (named in data/sample/analysis.json).
sweden="$root/../shared/data/sweden"
echo
if [[ -f "$sweden/polisen_events_2022_2026.csv" ]]; then
  echo "National reference values (geo reference load):"
  ./geo reference load --events "$sweden/polisen_events_2022_2026.csv" --population "$sweden/scb_municipality_population_2024.csv" \
    --admin "$sweden/swedish_admin_areas_reference.csv" --counties "$sweden/lan_wgs84.geojson"
else
  echo "No national reference values: $sweden/polisen_events_2022_2026.csv is not there (the run says so)."
fi
# The lägesbild: every default is announced, the run is stored, and its top priorities are printed with their reasons.
echo
echo "Lägesbild of Exempelkommun (geo analyze):"
./geo analyze --study-area 9999 --label "demo"
echo
echo "The stored run read back (geo runs show):"
./geo runs show latest --study-area 9999 --top 3
