#!/usr/bin/env bash
# Regenerates the GeoPackage fixtures that GdalGeoPackageTests reads, written by GDAL's ogr2ogr (Debian gdal-bin)
# from the small hand-written sources beside this script:
#
#   handelser_sweref99tm.gpkg  layer "handelser" (POINT, EPSG:3006) from handelser_sweref99tm.geojson:
#                              text, integer, 64-bit integer, real, date, datetime, boolean and NULL values, å ä ö,
#                              GeoJSON ids 30, 10, 20, 40 kept as fids (-preserve_fid).
#   omraden_wgs84.gpkg         layer "omraden" (GEOMETRY, EPSG:4326) from omraden_wgs84.csv/.csvt (WKT column):
#                              a polygon with a hole, a two-part multipolygon, POLYGON EMPTY and a NULL geometry.
#   two_layers.gpkg            feature layers "stadsdelar" (POLYGON, EPSG:3006, from stadsdelar_sweref99tm.geojson) and
#                              "hallplatser" (GEOMETRY, EPSG:4326, geometry column "position", with a POINT EMPTY, from
#                              hallplatser_wgs84.csv/.csvt), plus the attribute table "befolkning" (befolkning.csv/.csvt).
#
# Run:  bash tests/Geo.Formats.Tests/Fixtures/gdal/make_fixtures.sh   (from anywhere; needs ogr2ogr on PATH)
# The .gpkg files are committed; tests never run this script. Rerun it only after editing a source, then commit
# the sources and the .gpkg files together. The committed files were made with GDAL 3.6.2 and SQLite 3.40.
#
# Reproducibility: OGR_CURRENT_DATE fixes gpkg_contents.last_change, fids are explicit (-lco FID=fid, -preserve_fid
# or source order), layer names are explicit (-nln). OGR_SQLITE_PRAGMA page_size=1024 (instead of SQLite's 4096)
# keeps each file near 40 KB; it changes the page layout only, not what GDAL writes. The same GDAL and SQLite
# versions give byte-identical files; other versions may differ in bytes but not in content.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v ogr2ogr >/dev/null 2>&1 || { echo "ogr2ogr not found: install GDAL (Debian: apt-get install gdal-bin)" >&2; exit 1; }
echo "Using $(ogr2ogr --version)" >&2

ogr=(ogr2ogr --config OGR_CURRENT_DATE 2024-01-01T00:00:00.000Z --config OGR_SQLITE_PRAGMA page_size=1024 -q)

rm -f handelser_sweref99tm.gpkg omraden_wgs84.gpkg two_layers.gpkg

# (a) Points in SWEREF 99 TM from GeoJSON (field types detected by GDAL's GeoJSON driver).
"${ogr[@]}" -f GPKG handelser_sweref99tm.gpkg handelser_sweref99tm.geojson \
  -nln handelser -a_srs EPSG:3006 -lco FID=fid -lco GEOMETRY_NAME=geom -preserve_fid

# (b) Polygons in WGS 84 from CSV with a WKT column (types from the .csvt file; an empty WKT cell is a NULL geometry).
"${ogr[@]}" -f GPKG omraden_wgs84.gpkg omraden_wgs84.csv \
  -nln omraden -a_srs EPSG:4326 -oo KEEP_GEOM_COLUMNS=NO -lco FID=fid -lco GEOMETRY_NAME=geom

# (c) Two feature layers in two CRSs and one attribute (non-spatial) table in one GeoPackage.
"${ogr[@]}" -f GPKG two_layers.gpkg stadsdelar_sweref99tm.geojson \
  -nln stadsdelar -a_srs EPSG:3006 -lco FID=fid -lco GEOMETRY_NAME=geom
"${ogr[@]}" -update two_layers.gpkg hallplatser_wgs84.csv \
  -nln hallplatser -a_srs EPSG:4326 -oo KEEP_GEOM_COLUMNS=NO -lco FID=fid -lco GEOMETRY_NAME=position
"${ogr[@]}" -update two_layers.gpkg befolkning.csv \
  -nln befolkning -lco FID=fid

ls -l ./*.gpkg >&2
