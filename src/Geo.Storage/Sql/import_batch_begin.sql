-- $1 study area code, $2 kind code, $3 file name, $4 sha256 (lower-case hex or NULL), $5 source, $6 mapping, $7 rows read,
-- $8 rows loaded, $9 rows rejected, $10 started at, $11 imported by. Returns the new batch's id.
INSERT INTO import_batch (study_area_code, kind, file_name, sha256, source, mapping, rows_read, rows_loaded, rows_rejected,
                          started_at, imported_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
RETURNING id
