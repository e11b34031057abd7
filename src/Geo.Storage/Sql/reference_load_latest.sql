-- $1 source. The latest load of that source's reference table (a load replaces the previous one, so there is at most one).
SELECT id, source, events_file, events_sha256, population_file, population_year, rows_read, rows_used, rows_left_out::text,
       loaded_by, loaded_at
FROM reference_load
WHERE source = $1
ORDER BY id DESC
LIMIT 1
