-- Vector tile layer 'hotspots': the run's hotspots. priority_rank is the hotspot's best-ranked problem of category group
-- $8 (for 'total': of any group). A count 1..k-1 is left out with suppressed = true, and so are the priority rank and
-- the change class of that hotspot (the change class also when the comparison count is 1..k-1). $13 and $14 (text[]):
-- the hotspot ids whose count (comparison count) the run's protected release hides as complements, hidden the same way.
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
),
prio AS (
    SELECT DISTINCT ON (p.target_id) p.target_id, p.rank
    FROM run_priority p
    WHERE p.study_area_code = $1 AND p.run_id = $2 AND p.target_kind = 'hotspot' AND ($8 = 'total' OR p.category_group = $8)
    ORDER BY p.target_id, p.rank
),
picked AS (
    SELECT h.*, h.incidents BETWEEN 1 AND $7 - 1 OR h.hotspot_id::text = ANY($13) AS small,
           coalesce(h.incidents_compare BETWEEN 1 AND $7 - 1, false) OR h.hotspot_id::text = ANY($14) AS small_compare,
           ST_AsMVTGeom(ST_Transform(h.geom, 3857), t.bounds, 4096, 64, true) AS tile_geom
    FROM run_hotspot h CROSS JOIN tile t
    WHERE h.study_area_code = $1 AND h.run_id = $2 AND h.geom && t.filter
)
SELECT ST_AsMVT(m, 'hotspots', 4096, 'geom')
FROM (
    SELECT r.tile_geom AS geom, r.hotspot_id,
           CASE WHEN r.small THEN NULL ELSE r.incidents END AS incidents,
           r.small AS suppressed, r.emerging_class,
           CASE WHEN r.small OR r.small_compare THEN NULL ELSE r.change_class END AS change_class,
           r.coverage_gap,
           CASE WHEN r.small THEN NULL ELSE p.rank END AS priority_rank
    FROM picked r LEFT JOIN prio p ON p.target_id = r.hotspot_id::text
    WHERE r.tile_geom IS NOT NULL
) m
