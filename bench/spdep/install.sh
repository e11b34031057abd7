#!/usr/bin/env bash
# Installs R, spdep and spatstat from Debian (idempotent: only the packages that are missing).
set -euo pipefail
packages=(r-base-core r-cran-spdep r-cran-spatstat)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "R, spdep and spatstat are already installed."
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
