-- $1 study area code, $2 run id, $3 the error. Marks a running run failed.
UPDATE analysis_run SET status = 'failed', finished_at = now(), error = $3
WHERE study_area_code = $1 AND id = $2 AND status = 'running'
