-- $1 run id. The category groups the run has results for (its whole-study-area rows), total first, then by code.
SELECT x.category_group
FROM analysis_run r
JOIN run_area_indicator x ON x.study_area_code = r.study_area_code AND x.run_id = r.id
WHERE r.id = $1 AND x.is_reference
ORDER BY x.category_group <> 'total', x.category_group
