#!/usr/bin/env bash
# The main job of the README: start Geo's managed local PostGIS, load the sample municipality Exempelkommun
# (data/sample: areas, resources, five years of incidents with planted hotspots), print a summary, two statistics on the
# sample files, then the lägesbild: a stored analysis run of the sample with its top priorities and their reasons, the
# cause-analysis facts, the action plan draft, an evaluation of a measure, and the report (HTML and PDF) in .geo/demo.
# Last, it serves the map of the run (geo serve) with an analyst key for it, until Ctrl+C; --no-serve stops before that.
# Idempotent: a second run reuses the cluster, every import reports its rows as unchanged, a new run is stored, and the
# previous demo key is revoked and replaced.
#   scripts/demo.sh [--no-serve]      GEO_DEMO_URLS=http://127.0.0.1:5080 (default) sets where the map is served
set -euo pipefail
serve=1
for a in "$@"; do
  case "$a" in
    --no-serve) serve=0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "scripts/demo.sh: unknown option $a (use --no-serve)" >&2; exit 2 ;;
  esac
done
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
# Last year's lägesbild and its åtgärdsplan, so that this year's report can follow that plan up (section 11).
echo
echo "Last year's lägesbild (2024) and its action plan (geo analyze, geo plan draft):"
./geo analyze --study-area 9999 --from 2024-01-01 --to 2024-12-31 --label "demo 2024" > /dev/null
./geo plan draft latest --study-area 9999 --top 3 > /dev/null
./geo plan list --study-area 9999 | head -n 8
# The lägesbild: every default is announced, the run is stored, and its top priorities are printed with their reasons.
echo
echo "Lägesbild of Exempelkommun (geo analyze):"
./geo analyze --study-area 9999 --label "demo"
echo
echo "The stored run read back (geo runs show):"
./geo runs show latest --study-area 9999 --top 3
# Cause-analysis support, the action-plan draft in Brå's template (stored, and written as an Excel workbook), an
# evaluation of a measure at a place, and the report.
echo
echo "Cause-analysis facts of the top problem of each kind (geo causes):"
./geo causes latest --study-area 9999 --top 1
echo
echo "Action plan draft from the run (geo plan draft), also written to .geo/demo/atgardsplan.xlsx:"
./geo plan draft latest --study-area 9999 --top 3 --out .geo/demo/atgardsplan.xlsx
echo
echo "Evaluating a measure at a place (geo evaluate): had a measure started in area 9999C0903 in 2024, 2023 against 2025, violence and robbery:"
./geo evaluate --study-area 9999 --area 9999C0903 --before 2023-01-01..2023-12-31 --after 2025-01-01..2025-12-31 --categories violence,robbery
echo
echo "The lägesbild report (geo report), for the coordinator (counts below 5 suppressed):"
./geo report latest --study-area 9999 --out .geo/demo/lagesbild.html
./geo report latest --study-area 9999 --out .geo/demo/lagesbild.pdf
echo
echo "Exports (geo export): the run's indicators as Excel for the coordinator, its areas as a GeoPackage for QGIS:"
./geo export latest --study-area 9999 --what indicators --role coordinator --out .geo/demo/indikatorer.xlsx
./geo export latest --study-area 9999 --what areas --role coordinator --out .geo/demo/omraden.gpkg
echo
echo "Open the report: $root/.geo/demo/lagesbild.pdf (or lagesbild.html in a browser); the plan: $root/.geo/demo/atgardsplan.xlsx"
# The map page and the HTTP API of the stored runs: an analyst key for this demo (the previous demo key is revoked; the key
# is kept in .geo/demo/analyst.key, readable by you only), then geo serve until Ctrl+C.
echo
key_file=.geo/demo/analyst.key
if [[ -s "$key_file" ]]; then ./geo keys revoke "$(cut -c1-12 "$key_file")" > /dev/null 2>&1 || true; fi
key=$(./geo keys create --role analyst --name "demo (scripts/demo.sh)" 2> /dev/null)
(umask 077; printf '%s\n' "$key" > "$key_file")
urls="${GEO_DEMO_URLS:-http://127.0.0.1:5080}"
echo "The map of the lägesbild (geo serve): open ${urls%/}/map/ and give it this analyst key (also in $root/$key_file):"
echo "  $key"
echo "Other roles: ./geo keys create --role coordinator|partner --name NAME. The API reference: ${urls%/}/api-reference"
if [[ $serve -eq 0 ]]; then
  echo "Not serving (--no-serve): start it with ./geo serve --urls $urls"
  exit 0
fi
exec ./geo serve --urls "$urls"
