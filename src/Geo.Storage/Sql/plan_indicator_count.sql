-- $1 study area code, $2 first local date, $3 last local date (both inclusive, in the study area's time zone),
-- $4 category main group (taxonomy code such as 'violence'; 'total' for every category), $5 the polygon (in the study
-- area's SRID), $6 true to leave out incidents located at an area centroid (hotspot indicators, as the run's grid does).
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
  AND i.geom IS NOT NULL AND ST_Intersects(i.geom, $5::geometry)
  AND (NOT $6::boolean OR i.location_precision <> 'area_centroid')
GROUP BY 1
