-- Vector tile layer 'cells': the run's grid cells that are hot or cold by Gi* (gi_confidence <> 0), have an emerging
-- class other than no_pattern, or belong to a hotspot. A count 1..k-1 is left out with suppressed = true, and so is the
-- count of a cell whose id is in $13 (text[]: the complements of the run's protected release); $14 is not used.
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
SELECT ST_AsMVT(m, 'cells', 4096, 'geom')
FROM (
    SELECT ST_AsMVTGeom(ST_Transform(c.geom, 3857), t.bounds, 4096, 64, true) AS geom,
           c.cell_id,
           CASE WHEN c.incidents BETWEEN 1 AND $7 - 1 OR c.cell_id::text = ANY($13) THEN NULL ELSE c.incidents END AS incidents,
           c.incidents BETWEEN 1 AND $7 - 1 OR c.cell_id::text = ANY($13) AS suppressed,
           c.gi_z, c.gi_confidence::integer AS gi_confidence, c.emerging_class, c.hotspot_id
    FROM run_cell c CROSS JOIN tile t
    WHERE c.study_area_code = $1 AND c.run_id = $2
      AND (c.gi_confidence <> 0 OR c.hotspot_id IS NOT NULL OR c.emerging_class <> 'no_pattern')
      AND c.geom && t.filter
) m
WHERE m.geom IS NOT NULL
