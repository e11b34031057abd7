INSERT INTO import_batch (study_area_code, kind, file_name, sha256, source, mapping, rows_read, rows_loaded, rows_rejected, started_at, imported_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10, clock_timestamp()), $11)
RETURNING id
