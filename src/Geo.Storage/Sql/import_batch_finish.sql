-- $1 batch id, $2 rows read, $3 rows loaded, $4 rows rejected, $5 new, $6 updated, $7 unchanged, $8 without location,
-- $9 finished at, $10 the file's SHA-256 (lower-case hex; NULL keeps the one recorded at the start). Row count 0: no such batch.
UPDATE import_batch SET
    rows_read = $2,
    rows_loaded = $3,
    rows_rejected = $4,
    rows_new = $5,
    rows_updated = $6,
    rows_unchanged = $7,
    rows_without_location = $8,
    finished_at = $9,
    sha256 = coalesce($10, sha256)
WHERE id = $1
