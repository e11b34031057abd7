#!/usr/bin/env bash
# The main job of the README: start Geo's managed local PostGIS, create the Luleå study area from SCB's
# municipality boundaries, load the police's public event feed for it and print a summary.
# Idempotent: a second run reuses the cluster and the import reports every row as unchanged.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
shared="${GEO_SHARED_DATA:-$root/../shared/data}"
if [ ! -d "$shared" ]; then
  echo "The demo reads the public data sets in ../shared/data beside the repository (or GEO_SHARED_DATA); not found: $shared" >&2
  exit 1
fi
./geo db up
./geo study-area add 2580 --name Luleå --boundary "$shared/sweden/kommuner_sweref99tm.geojson"
./geo import incidents "$shared/sweden/polisen_events_2022_2026.csv" --study-area 2580 --profile polisen-events --outside skip
./geo summary --study-area 2580
