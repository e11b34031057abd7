-- $1 study area code. Per source: the first and last local date of its incidents (in the study area's time zone) and
-- their count, by source.
SELECT i.source,
       (min(i.occurred_at) AT TIME ZONE s.time_zone)::date AS first_date,
       (max(i.occurred_at) AT TIME ZONE s.time_zone)::date AS last_date,
       count(*) AS incidents
FROM incident i
JOIN study_area s ON s.code = i.study_area_code
WHERE i.study_area_code = $1
GROUP BY i.source, s.time_zone
ORDER BY i.source
