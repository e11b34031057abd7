-- $1 run id. The run's study area, periods, area set and categories, and the study area's threshold k.
SELECT r.study_area_code, r.id, r.period_from, r.period_to, r.compare_from, r.compare_to, r.area_set, r.categories, s.suppress_below
FROM analysis_run r
JOIN study_area s ON s.code = r.study_area_code
WHERE r.id = $1 AND r.status = 'completed'
