-- $1 study area code (NULL: every study area). Each study area with its working CRS, time zone and the bounding box of
-- its boundary transformed to WGS 84 (minLon, minLat, maxLon, maxLat), by code.
SELECT code, name, srid, time_zone,
       ST_XMin(e) AS min_lon, ST_YMin(e) AS min_lat, ST_XMax(e) AS max_lon, ST_YMax(e) AS max_lat
FROM (SELECT code, name, srid, time_zone, ST_Transform(boundary, 4326)::box2d AS e
      FROM study_area
      WHERE $1::text IS NULL OR code = $1::text) s
ORDER BY code
