-- $1 study area, $2 categories key, $3 threshold, $4 run id of the release being made. Every cell of the other recorded
-- releases of the same study area, categories and threshold (the ledger a new release is checked against).
SELECT c.run_id, c.area_set, c.area_code, c.category_group, c.period_from, c.period_to, c.value, c.status
FROM disclosure_release r
JOIN disclosure_release_cell c ON c.run_id = r.run_id AND c.threshold = r.threshold
WHERE r.study_area_code = $1 AND r.categories_key = $2 AND r.threshold = $3 AND r.run_id <> $4
ORDER BY c.run_id, c.area_set, c.area_code, c.category_group, c.period_from, c.period_to
