-- $1 study area code, $2 first instant, $3 end instant (exclusive; both from run_incidents_window.sql), $4 the study
-- area's time zone, $5 category codes (NULL: all). The input rows of an analysis run: local time in the study area's
-- time zone, precisions, coordinates (NULL without a point), import batch; ordered by (source, source_id) so that a
-- fingerprint over them is stable. With the instants known when planning, a long window reads the unique index
-- (study_area_code, source, source_id) in order instead of sorting.
SELECT i.source, i.source_id, i.category,
       i.occurred_at AT TIME ZONE $4::text AS local_time,
       i.time_precision, i.location_precision,
       ST_X(i.geom) AS x, ST_Y(i.geom) AS y,
       i.import_batch_id
FROM incident i
WHERE i.study_area_code = $1
  AND i.occurred_at >= $2::timestamptz AND i.occurred_at < $3::timestamptz
  AND ($5::text[] IS NULL OR i.category = ANY ($5::text[]))
ORDER BY i.source, i.source_id
