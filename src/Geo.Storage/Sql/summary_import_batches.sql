SELECT id, study_area_code, kind, file_name, coalesce(sha256, ''), source, mapping, rows_read, rows_loaded, rows_rejected,
       started_at, finished_at, imported_by, rows_new, rows_updated, rows_unchanged, rows_without_location
FROM import_batch
WHERE study_area_code = $1
ORDER BY id
