-- $1 run id, $2 threshold. A recorded release's cells.
SELECT run_id, area_set, area_code, category_group, period_from, period_to, value, status
FROM disclosure_release_cell WHERE run_id = $1 AND threshold = $2
ORDER BY area_set, area_code, category_group, period_from, period_to
