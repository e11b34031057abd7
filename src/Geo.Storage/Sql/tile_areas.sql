-- Vector tile layer 'areas': the run's area indicators of category group $8, one feature per area of its area set (the
-- whole-study-area reference row is left out). priority_rank and priority_score are the area's best-ranked problem of
-- the group (for 'total': of any group). A count 1..k-1 is left out with suppressed = true, and so are the rates, the
-- trend and the priority of that area; the rate ratio and change class also when the comparison count is 1..k-1.
-- $13 and $14 (text[]): the area codes whose count (comparison count) the run's protected release hides as complements,
-- hidden the same way.
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
    SELECT DISTINCT ON (p.target_id) p.target_id, p.rank, p.score
    FROM run_priority p
    WHERE p.study_area_code = $1 AND p.run_id = $2 AND p.target_kind = 'area' AND ($8 = 'total' OR p.category_group = $8)
    ORDER BY p.target_id, p.rank
),
picked AS (
    SELECT a.*, a.incidents BETWEEN 1 AND $7 - 1 OR a.area_code = ANY($13) AS small,
           coalesce(a.incidents_compare BETWEEN 1 AND $7 - 1, false) OR a.area_code = ANY($14) AS small_compare,
           ST_AsMVTGeom(ST_Transform(a.geom, 3857), t.bounds, 4096, 64, true) AS tile_geom
    FROM run_area_indicator a CROSS JOIN tile t
    WHERE a.study_area_code = $1 AND a.run_id = $2 AND a.category_group = $8 AND NOT a.is_reference
      AND a.geom && t.filter
)
SELECT ST_AsMVT(m, 'areas', 4096, 'geom')
FROM (
    SELECT r.tile_geom AS geom, r.area_code::text AS code, r.area_name AS name, r.population,
           CASE WHEN r.small THEN NULL ELSE r.incidents END AS incidents,
           r.small AS suppressed,
           CASE WHEN r.small THEN NULL ELSE r.rate_per_1000 END AS rate_per_1000,
           CASE WHEN r.small THEN NULL ELSE r.rate_eb_per_1000 END AS rate_eb_per_1000,
           CASE WHEN r.small OR r.small_compare THEN NULL ELSE r.rate_ratio END AS rate_ratio,
           CASE WHEN r.small OR r.small_compare THEN NULL ELSE r.change_class END AS change_class,
           CASE WHEN r.small THEN NULL ELSE r.trend_percent_per_year END AS trend_pct,
           CASE WHEN r.small THEN NULL ELSE r.trend_class END AS trend_class,
           CASE WHEN r.small THEN NULL ELSE p.rank END AS priority_rank,
           CASE WHEN r.small THEN NULL ELSE p.score END AS priority_score
    FROM picked r LEFT JOIN prio p ON p.target_id = r.area_code
    WHERE r.tile_geom IS NOT NULL
) m
