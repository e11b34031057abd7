-- $1 study area code, $2 first instant, $3 end instant (exclusive; from run_incidents_window.sql), $4 category codes
-- (NULL: all). The incidents of a run's period and categories with their point in WGS 84 (NULL without a point), by time
-- and id. Read row by row (streamed), never collected.
SELECT i.id, i.category, i.occurred_at, ST_X(p.p) AS lon, ST_Y(p.p) AS lat, i.time_precision, i.location_precision
FROM incident i
CROSS JOIN LATERAL (SELECT ST_Transform(i.geom, 4326) AS p) p
WHERE i.study_area_code = $1
  AND i.occurred_at >= $2::timestamptz AND i.occurred_at < $3::timestamptz
  AND ($4::text[] IS NULL OR i.category = ANY ($4::text[]))
ORDER BY i.occurred_at, i.id
