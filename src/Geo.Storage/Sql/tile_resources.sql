-- Vector tile layer 'resources': the resources of the run's study area (as they are now; resources are not versioned
-- by run).
-- Parameters of every tile_*.sql: $1 study area code, $2 run id, $3 the study area's SRID, $4 z, $5 x, $6 y, $7 k (counts
-- 1..k-1 are suppressed; 0 for the analyst), $8 category group, $9..$12 the study area's window in EPSG:3857 (xmin,
-- ymin, xmax, ymax; tile_run.sql). The tile's envelope with its 64/4096 buffer, clipped to the window, densified and
-- transformed to the study area's SRID, selects the rows through the GiST index with &&; the geometries are transformed
-- to EPSG:3857 and clipped and quantised by ST_AsMVTGeom (extent 4096, buffer 64). NULL properties are left out.
WITH tile AS (
    SELECT ST_TileEnvelope($4, $5, $6) AS bounds,
           ST_Transform(ST_Segmentize(ST_Intersection(ST_TileEnvelope($4, $5, $6, margin => 64.0 / 4096),
                                                      ST_MakeEnvelope($9, $10, $11, $12, 3857)),
                                      40075016.685578488 / (2 ^ $4) / 8), $3) AS filter
)
SELECT ST_AsMVT(m, 'resources', 4096, 'geom')
FROM (
    SELECT ST_AsMVTGeom(ST_Transform(r.geom, 3857), t.bounds, 4096, 64, true) AS geom,
           r.id, r.type::text AS type, r.name, r.owner_agency AS owner, r.opening_hours
    FROM resource r CROSS JOIN tile t
    WHERE r.study_area_code = $1 AND r.geom && t.filter
) m
WHERE m.geom IS NOT NULL
