-- $1 run id. Every area count of the run (area '*' is the study area), by area and group.
SELECT area_code, area_name, is_reference, population, category_group, incidents, incidents_compare
FROM run_area_indicator
WHERE run_id = $1
ORDER BY area_code, category_group
