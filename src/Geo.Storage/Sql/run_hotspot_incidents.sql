-- $1 run id, $2 hotspot ids, $3 first local date, $4 last local date (both inclusive). The incidents a run could have put
-- on its hotspot grid (a point located exactly, by address or by street segment; of the run's categories) that lie in
-- the run's hotspots, in the local-date window: hotspot id, category, local time in the study area's time zone, time
-- precision, coordinates. For the cause-analysis facts of a hotspot × category group (its own peak window, change, trend
-- and repeat places), which the run does not store per group. Reads the incidents' GiST index per hotspot (&&). A point on
-- a cell edge belongs to the cell above and to the right of it (the grid's half-open cells, HotspotGrid.Locate): it is
-- tested one micrometre up and to the right, so a point on the hotspot's left or lower edge is in it and one on its
-- right or upper edge is not, as in the run.
SELECT h.hotspot_id, i.category,
       i.occurred_at AT TIME ZONE s.time_zone AS local_time,
       i.time_precision,
       ST_X(i.geom) AS x, ST_Y(i.geom) AS y
FROM run_hotspot h
JOIN analysis_run r ON r.study_area_code = h.study_area_code AND r.id = h.run_id
JOIN study_area s ON s.code = h.study_area_code
JOIN incident i ON i.study_area_code = h.study_area_code
                AND i.geom && ST_Expand(h.geom, 0.001)
                AND ST_Intersects(ST_Translate(i.geom, 1e-6, 1e-6), h.geom)
WHERE h.run_id = $1
  AND h.hotspot_id = ANY ($2::int[])
  AND i.occurred_at >= ($3::date)::timestamp AT TIME ZONE s.time_zone
  AND i.occurred_at < ($4::date + 1)::timestamp AT TIME ZONE s.time_zone
  AND i.location_precision IN ('exact', 'address', 'street_segment')
  AND (cardinality(r.categories) = 0 OR i.category = ANY (r.categories))
ORDER BY h.hotspot_id, i.occurred_at, i.source, i.source_id
