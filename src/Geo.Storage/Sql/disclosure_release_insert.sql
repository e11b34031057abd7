-- A release's header (its cells follow with binary COPY in the same transaction).
INSERT INTO disclosure_release (study_area_code, run_id, threshold, categories_key, period_from, period_to, compare_from, compare_to,
                                small_cells, secondary_cells, geo_version)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
