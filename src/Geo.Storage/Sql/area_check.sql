-- $1 study area SRID. First offending staged rows, after repair.
SELECT row_no,
       CASE WHEN ST_SRID(geom) <> $1 THEN format('SRID %s differs from the study area''s SRID %s', ST_SRID(geom), $1)
            WHEN ST_IsEmpty(geom) THEN 'geometry is empty (after repair)'
            ELSE format('geometry type %s is not a polygon', GeometryType(geom)) END AS problem
FROM geo_area_stage
WHERE ST_SRID(geom) <> $1 OR ST_IsEmpty(geom) OR GeometryType(geom) NOT IN ('POLYGON', 'MULTIPOLYGON')
ORDER BY row_no
LIMIT 10
