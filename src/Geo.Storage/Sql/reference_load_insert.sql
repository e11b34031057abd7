-- $1 source, $2 events file, $3 events sha256 (lower-case hex or NULL), $4 population file, $5 population year,
-- $6 rows read, $7 rows used, $8 rows left out by reason (jsonb), $9 loaded by. Returns the new load's id.
INSERT INTO reference_load (source, events_file, events_sha256, population_file, population_year, rows_read, rows_used,
                            rows_left_out, loaded_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
RETURNING id
