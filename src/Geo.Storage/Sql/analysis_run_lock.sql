-- $1 study area code, $2 run id. Locks a running run for its completion; returns the study area's SRID (no row: no such
-- running run).
SELECT s.srid
FROM analysis_run r
JOIN study_area s ON s.code = r.study_area_code
WHERE r.study_area_code = $1 AND r.id = $2 AND r.status = 'running'
FOR UPDATE OF r
