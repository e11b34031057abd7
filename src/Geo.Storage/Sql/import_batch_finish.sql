UPDATE import_batch SET
    rows_read = $2, rows_loaded = $3, rows_rejected = $4,
    rows_new = $5, rows_updated = $6, rows_unchanged = $7,
    rows_without_location = $8,
    finished_at = clock_timestamp()
WHERE id = $1
