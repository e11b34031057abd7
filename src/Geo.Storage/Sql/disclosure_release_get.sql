-- $1 run id, $2 threshold. A recorded release's header.
SELECT study_area_code, run_id, threshold, categories_key, period_from, period_to, compare_from, compare_to, small_cells, secondary_cells, geo_version
FROM disclosure_release WHERE run_id = $1 AND threshold = $2
