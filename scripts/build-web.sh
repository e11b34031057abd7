#!/usr/bin/env bash
# Builds the map page (web/: OpenLayers, bundled with esbuild) into src/Geo.Api/MapAssets/ (index.html, map.js, map.css),
# which Geo.Api copies to its output as map/ and serves at /map/. Nothing is fetched at run time: the page's code, styles
# and symbols are all in the bundle.
#   scripts/build-web.sh           npm ci when node_modules is missing or package-lock.json changed, then bundle when
#                                  web/ is newer than the bundle; quick and silent when nothing changed
#   scripts/build-web.sh --force   bundle again even when up to date
# Needs Node.js and npm (scripts/install-deps.sh installs them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"
out="$root/src/Geo.Api/MapAssets"
force=false
[ "${1:-}" = "--force" ] && force=true
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "build-web: Node.js and npm are required to build the map page; run scripts/install-deps.sh (apt-get install nodejs npm)." >&2
  exit 1
fi
cd "$web"
# npm ci only when the lockfile differs from the one node_modules was installed from.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
stamp="node_modules/.geo-lock.sha256"
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  echo "build-web: npm ci ..." >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_sum" > "$stamp"
  force=true
fi
# Bundle only when a source is newer than the bundle (or the bundle is incomplete).
if [ "$force" = false ] && [ -f "$out/map.js" ] && [ -f "$out/map.css" ] && [ -f "$out/index.html" ] \
   && [ -z "$(find "$web/src" "$web/index.html" "$web/package.json" "$root/scripts/build-web.sh" -newer "$out/map.js" -print -quit)" ]; then
  exit 0
fi
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "$(dirname "$out")/.mapassets.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
node_modules/.bin/esbuild src/main.js --bundle --minify --target=es2020 --format=iife \
  --legal-comments=linked --log-level=warning --outfile="$tmp/map.js"
cp index.html "$tmp/index.html"
chmod 755 "$tmp"
# Replace the folder's contents in one step so that a running service never serves half a bundle.
rm -rf "$out.old"
mv "$out" "$out.old" 2>/dev/null || true
mv "$tmp" "$out"
rm -rf "$out.old"
trap - EXIT
echo "build-web: built $(du -sh "$out" | cut -f1) into ${out#"$root"/}" >&2
