#!/usr/bin/env bash
# The main job of the README: start Geo's managed local PostGIS, load the sample municipality Exempelkommun
# (data/sample: areas, resources, five years of incidents with planted hotspots) and print a summary.
# Idempotent: a second run reuses the cluster and every import reports its rows as unchanged.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
./geo db up
./geo import sample data/sample
./geo summary --study-area 9999
