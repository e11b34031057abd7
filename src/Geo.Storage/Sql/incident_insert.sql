-- $1 study area code, $2 import batch id. Inserts the remaining staged rows: all have new keys
-- (incident_update.sql removed the others; the advisory lock keeps other loads out). A plain INSERT
-- writes a quarter less WAL than INSERT ... ON CONFLICT (no speculative insertion): ~7 s instead of
-- ~11 s per million rows here. Row count = new.
INSERT INTO incident (study_area_code, source, source_id, category, source_category, occurred_at,
                      time_precision, geom, location_precision, attributes, import_batch_id)
SELECT $1, s.source, s.source_id, s.category, s.source_category, s.occurred_at,
       s.time_precision, s.geom, s.location_precision, s.attributes, $2
FROM geo_incident_stage s
