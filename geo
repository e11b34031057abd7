#!/usr/bin/env bash
# ./geo: run the geo command from the repository, building it first when the sources changed.
# GEO_HOME (local database, reports, build output) defaults to <repo>/.geo, which git ignores.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export GEO_HOME="${GEO_HOME:-$root/.geo}"
bin="$root/.geo/bin"
dll="$bin/geo.dll"
if ! command -v dotnet >/dev/null 2>&1; then
  echo "geo: the .NET 10 SDK (dotnet) is required but not on PATH." >&2
  exit 1
fi
# The map page's bundle (web/ → src/Geo.Api/MapAssets, served by geo serve): built when missing or stale, when Node.js is
# here; without it geo still runs and /map/ says how to build the page.
if command -v npm >/dev/null 2>&1; then
  bash "$root/scripts/build-web.sh" || echo "geo: the map page could not be built (scripts/build-web.sh); geo serve will say so at /map/." >&2
fi
if [ ! -f "$dll" ] || [ -n "$(find "$root/src" "$root/data" "$root/Directory.Packages.props" "$root/Directory.Build.props" \
      -newer "$dll" \( -name '*.cs' -o -name '*.csproj' -o -name '*.sql' -o -name '*.csv' -o -name '*.json' -o -name '*.props' \) -print -quit 2>/dev/null)" ]; then
  echo "geo: building..." >&2
  # Published ReadyToRun (precompiled) where the runtime identifier is known: EF Core, Npgsql and NTS are then not
  # JIT-compiled at every start (a database command starts in about 0.9 s instead of 2 s).
  case "$(uname -m)" in
    x86_64) build=(publish -r linux-x64 --self-contained false -p:PublishReadyToRun=true) ;;
    aarch64) build=(publish -r linux-arm64 --self-contained false -p:PublishReadyToRun=true) ;;
    *) build=(build) ;;
  esac
  if ! out=$(dotnet "${build[@]}" "$root/src/Geo.Cli/Geo.Cli.csproj" -c Release -o "$bin" -nologo -v quiet 2>&1); then
    echo "$out" >&2
    exit 1
  fi
  touch "$dll"
fi
# The bundle goes with the service (Geo.Api copies MapAssets/ to map/); copied here too when it changed after the build.
assets="$root/src/Geo.Api/MapAssets"
if [ -f "$assets/map.js" ] && { [ ! -f "$bin/map/map.js" ] || [ -n "$(find "$assets" -newer "$bin/map/map.js" -type f -print -quit)" ]; }; then
  rm -rf "$bin/map" && mkdir -p "$bin/map" && cp -R "$assets/." "$bin/map/"
fi
exec dotnet "$dll" "$@"
