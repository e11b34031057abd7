#!/usr/bin/env bash
# Load benchmark of Geo's HTTP service on loopback (issue 13): vector tiles and indicator requests at 100 concurrent
# connections with wrk, the cold (uncached) tile time, the same ST_AsMVT statement timed directly in PostgreSQL, and
# the map page's first full draw in headless Chromium (bench/Geo.Bench mapdraw).
#
#   bench/load/run.sh [--duration 60s] [--connections 100] [--threads 2] [--port 5182] [--run ID] [--study-area 9999]
#                     [--loads 10] [--no-mapdraw]
#
# Uses the developer database of GEO_HOME (default <repo>/.geo, or another checkout's: GEO_HOME=../other/.geo) or GEO_DATABASE_URL,
# with the sample loaded and analysed (./geo sample import data/sample && ./geo analyze --study-area 9999). Creates an
# analyst key named "bench" (geo keys create; revoked at exit), starts `geo serve` on 127.0.0.1:PORT with the rate
# limit lifted, runs the loads and the map draw (headless /usr/bin/chromium), prints a summary and stops the service.
# Idempotent: installs wrk with apt-get only when it is missing.
# Targets (issue 13): no errors; p99 < 50 ms for tiles of a stored run; a cached tile < 2 ms at p50; the map's first
# full draw of the sample < 1 s (median).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration=60s connections=100 threads=2 port=5182 run="" study_area=9999 loads=10 mapdraw=true
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --run) run="$2"; shift 2 ;;
    --study-area) study_area="$2"; shift 2 ;;
    --loads) loads="$2"; shift 2 ;;
    --no-mapdraw) mapdraw=false; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
export GEO_HOME="${GEO_HOME:-$repo/.geo}"
geo="$repo/geo"
work="$(mktemp -d /tmp/geo-bench.XXXXXX)"
server_pid=""
key_id=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "$key_id" ]; then "$geo" keys revoke "$key_id" > /dev/null 2>&1 || echo "run.sh: could not revoke key $key_id (geo keys revoke $key_id)" >&2; fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)..."
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else sudo apt-get install -y wrk >/dev/null; fi
fi
if [ "$mapdraw" = true ] && [ ! -x /usr/bin/chromium ]; then
  echo "run.sh: the map draw needs Debian's chromium (apt-get install chromium), or --no-mapdraw" >&2; exit 1
fi
for t in curl psql python3; do command -v "$t" >/dev/null || { echo "run.sh: $t is required (scripts/install-deps.sh)" >&2; exit 1; }; done

# --- database: psql connection, the run, its tiles ---------------------------------------------------------------
"$geo" db status --json > "$work/db.json"
psql_args=($(python3 - "$work/db.json" <<'PY'
import json, sys, os
s = json.load(open(sys.argv[1]))
url = os.environ.get("GEO_DATABASE_URL")
if url:
    print(url)
else:
    local = s["local"]
    user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
    print("-h", local["socketDirectory"], "-p", local["port"], "-U", user, "-d", "geo")
PY
))
psql_q() { psql "${psql_args[@]}" -X -q -At -v ON_ERROR_STOP=1 "$@"; }
if [ -z "$run" ]; then
  run=$(psql_q -c "SELECT max(id) FROM analysis_run WHERE study_area_code = '$study_area' AND status = 'completed'")
  [ -n "$run" ] || { echo "run.sh: no completed run of study area $study_area: ./geo analyze --study-area $study_area" >&2; exit 1; }
fi
case "$run" in ''|*[!0-9]*) echo "run.sh: --run must be a run id (a whole number)" >&2; exit 2 ;; esac
run_sql=$(grep -v '^--' "$repo/src/Geo.Storage/Sql/tile_run.sql" | sed "s/\$1/$run/g")
IFS='|' read -r sa srid wx0 wy0 wx1 wy1 < <(psql_q -c "SELECT study_area_code, srid, xmin, ymin, xmax, ymax FROM ($run_sql) x")
[ -n "$sa" ] || { echo "run.sh: there is no run $run" >&2; exit 1; }
IFS='|' read -r lon0 lat0 lon1 lat1 < <(psql_q -c "SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Transform(boundary, 4326)::box2d b FROM study_area WHERE code = '$sa') s")
python3 - "$lon0" "$lat0" "$lon1" "$lat1" "$run" > "$work/tiles.txt" <<'PY'
import math, sys
lon0, lat0, lon1, lat1 = map(float, sys.argv[1:5]); run = sys.argv[5]
def tile(lon, lat, z):
    n = 2 ** z; r = math.radians(lat)
    return int((lon + 180) / 360 * n), int((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)
for z in (11, 12, 13):
    (x0, y0), (x1, y1) = tile(lon0, lat1, z), tile(lon1, lat0, z)
    for layer in ("areas", "hotspots", "cells", "density"):
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                print(f"/tiles/{run}/{layer}/{z}/{x}/{y}.mvt")
PY
echo "Run $run of study area $sa (SRID $srid); $(wc -l < "$work/tiles.txt") tile URLs (areas, hotspots, cells, density at z 11-13)."

# --- key and service ---------------------------------------------------------------------------------------------
key_out=$("$geo" keys create --role analyst --name bench 2>&1)
key=""
if [[ $key_out =~ (geo_[A-Za-z0-9_-]{43}) ]]; then key="${BASH_REMATCH[1]}"; fi
if [[ $key_out =~ API\ key\ ([0-9]+) ]]; then key_id="${BASH_REMATCH[1]}"; fi  # revoked at exit
[ -n "$key" ] || { echo "run.sh: geo keys create printed no key" >&2; exit 1; }
base="http://127.0.0.1:$port"
Geo__RateLimit__PermitsPerMinute=100000000 "$geo" serve --urls "$base" > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null && break
  curl -fsS -o /dev/null -H "Authorization: Bearer $key" "$base/tiles/$run/boundary/0/0/0.mvt" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 1
done
echo "Service at $base (log $work/serve.log)."

# --- cold tiles: the first request of each tile, beside the same statement in PostgreSQL ---------------------------
# Warm the process first (JIT, connection pool, PROJ in the pooled sessions) on tiles the measurement does not use.
for layer in boundary areas hotspots density cells; do
  for i in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $key" "$base/tiles/$run/$layer/$((9 + i))/0/0.mvt"; done
done
grep "/hotspots/11/" "$work/tiles.txt" | while read -r path; do curl -s -o /dev/null -H "Authorization: Bearer $key" "$base$path"; done
cold_layer=cells; cold_z=13
grep -m 40 "/$cold_layer/$cold_z/" "$work/tiles.txt" > "$work/cold.txt"
: > "$work/cold_ms.txt"
while read -r path; do
  curl -s -o /dev/null -H "Authorization: Bearer $key" -w '%{time_total}\n' "$base$path" | awk '{printf "%.3f\n", $1 * 1000}' >> "$work/cold_ms.txt"
done < "$work/cold.txt"
: > "$work/sql_ms.txt"
tile_sql=$(grep -v '^--' "$repo/src/Geo.Storage/Sql/tile_$cold_layer.sql")
{
  echo "PREPARE t(text,bigint,int,int,int,int,int,text,float8,float8,float8,float8) AS $tile_sql;"
  while IFS=/ read -r _ _ _ _ z x y; do
    y="${y%.mvt}"
    echo "EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) EXECUTE t('$sa', $run, $srid, $z, $x, $y, 0, 'total', $wx0, $wy0, $wx1, $wy1);"
  done < "$work/cold.txt"
} | psql_q 2>&1 | awk '/Planning Time/ {p = $3} /Execution Time/ {print p + $3; print $3 > "'"$work/exec_ms.txt"'"}' > "$work/sql_ms.txt"
stats() { sort -n "$1" | awk '{a[NR]=$1} END {if (NR == 0) {print "n/a n/a"; exit} printf "%.2f %.2f\n", a[int((NR+1)/2)], a[NR]}'; }
read -r cold_p50 cold_max < <(stats "$work/cold_ms.txt")
read -r sql_p50 sql_max < <(stats "$work/sql_ms.txt")
read -r exec_p50 exec_max < <(stats "$work/exec_ms.txt")
ratio=$(awk -v a="$cold_p50" -v b="$sql_p50" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }')

# --- loads ---------------------------------------------------------------------------------------------------------
cat > "$work/load.lua" <<'LUA'
local paths, i = {}, 0
local file = os.getenv("BENCH_PATHS")
for line in io.lines(file) do paths[#paths + 1] = line end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
local non2xx = 0
response = function(status, headers, body)
  if status >= 400 then non2xx = non2xx + 1 end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d (connect %d, read %d, write %d, http>=400 %d, timeout>2s %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout,
    e.connect, e.read, e.write, e.status, e.timeout))
end
LUA
load() { # name, paths file[, connections, threads]
  BENCH_KEY="$key" BENCH_PATHS="$2" wrk -t"${4:-$threads}" -c"${3:-$connections}" -d"$duration" --latency -s "$work/load.lua" "$base" > "$work/$1.out" 2>&1 || true
  local line; line=$(grep '^RESULT' "$work/$1.out" || echo "RESULT failed: $(tail -3 "$work/$1.out" | tr '\n' ' ')")
  printf '%-22s %s\n' "$1" "${line#RESULT }"
}
head -1 "$work/tiles.txt" > "$work/one.txt"
curl -s -o /dev/null -H "Authorization: Bearer $key" "$base$(cat "$work/one.txt")"
indicator="/api/runs/$run/areas?group=total"
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" "$base$indicator")" != 200 ]; then
  echo "Note: $indicator is not served by this build; the indicator load uses /health/ready instead."
  indicator="/health/ready"
fi
echo "$indicator" > "$work/indicator.txt"

echo
echo "Loads: $connections connections, $threads wrk threads, $duration each (tile-cached-one-c1: 1 connection); machine load before: $(cut -d' ' -f1-3 /proc/loadavg)."
load tiles-mixed "$work/tiles.txt"        # the first pass over the list makes every tile (cold), then from the cache
load tiles-mixed-warm "$work/tiles.txt"   # the same list again, every tile cached
load tile-cached-one "$work/one.txt"
load tile-cached-one-c1 "$work/one.txt" 1 1
load indicators "$work/indicator.txt"
echo
echo "Cold tiles ($cold_layer z$cold_z, $(wc -l < "$work/cold.txt") distinct tiles, first request each, curl):  p50 ${cold_p50} ms, max ${cold_max} ms"
echo "Same ST_AsMVT statement in PostgreSQL, planning + execution (EXPLAIN ANALYZE):     p50 ${sql_p50} ms, max ${sql_max} ms"
echo "  of which execution:                                                                p50 ${exec_p50} ms, max ${exec_max} ms"
echo "Ratio cold HTTP / SQL (p50):                                                         ${ratio}"
if [ "$mapdraw" = true ]; then
  # Built here, after geo serve started: built before it, ./geo rebuilt itself in a trial (probably the restore's
  # obj/*.json under src/, newer than geo.dll, which ./geo takes for changed sources).
  dotnet build "$repo/bench/Geo.Bench/Geo.Bench.csproj" -c Release -nologo -v quiet > "$work/bench-build.log" 2>&1 \
    || { cat "$work/bench-build.log" >&2; exit 1; }
  echo
  echo "Map page first full draw (bench/Geo.Bench mapdraw, $loads loads). The service is warm from the loads above; its"
  echo "first load here is tile-cold only for tiles the wrk lists (z 11-13) do not hold: at 1280x800 the page asks for"
  echo "512-px tiles of a lower zoom (z 8 for the sample). For a service-cold figure see bench/load/README.md."
  GEO_BENCH_KEY="$key" dotnet "$repo/bench/Geo.Bench/bin/Release/net10.0/Geo.Bench.dll" mapdraw --url "$base" --loads "$loads" \
    || echo "mapdraw failed (exit $?)"
fi
echo "Targets: errors 0; tiles p99 < 50 ms; cached tile p50 < 2 ms; map first full draw median < 1000 ms."
