-- $1 study area code, $2 first local date, $3 last local date (both inclusive, in the study area's time zone),
-- $4 category main group (taxonomy code such as 'violence'; 'total' for every category), $5 the polygon (in the study
-- area's SRID), $6 true for a hotspot's polygon: the incidents the run's grid could hold (no area centroids) with the
-- grid's half-open cells (a point on the polygon's left or lower edge is in it, one on its right or upper edge is not:
-- tested one micrometre up and to the right, as run_hotspot_incidents.sql), so the count equals the run's.
-- The incidents of a plan row's indicator, counted by local hour of the week (Monday 00–01 = 0 … Sunday 23–24 = 167;
-- -1 for incidents whose hour is unknown: time precision day, month or year). The week window is applied by the caller.
WITH w AS (
    SELECT ($2::date)::timestamp AT TIME ZONE time_zone AS from_instant,
           ($3::date + 1)::timestamp AT TIME ZONE time_zone AS to_instant,
           time_zone
    FROM study_area WHERE code = $1
)
SELECT CASE WHEN i.time_precision IN ('minute', 'hour')
            THEN (extract(isodow FROM i.occurred_at AT TIME ZONE w.time_zone)::int - 1) * 24
                 + extract(hour FROM i.occurred_at AT TIME ZONE w.time_zone)::int
            ELSE -1 END AS hour_of_week,
       count(*)::int AS incidents
FROM incident i, w
WHERE i.study_area_code = $1
  AND i.occurred_at >= w.from_instant AND i.occurred_at < w.to_instant
  AND ($4::text = 'total' OR split_part(i.category, '.', 1) = $4::text)
  AND i.geom IS NOT NULL AND i.geom && ST_Expand($5::geometry, 0.001)
  AND CASE WHEN $6::boolean
           THEN i.location_precision <> 'area_centroid' AND ST_Intersects(ST_Translate(i.geom, 1e-6, 1e-6), $5::geometry)
           ELSE ST_Intersects(i.geom, $5::geometry) END
GROUP BY 1
