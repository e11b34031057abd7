-- The keys of 0001_initial.sql, rebuilt after a large INSERT (incident_keys_drop.sql): same names, same columns; building
-- the unique index checks every key again, so a duplicate would still fail the load.
ALTER TABLE incident ADD CONSTRAINT incident_pkey PRIMARY KEY (study_area_code, id),
                     ADD CONSTRAINT incident_source_key UNIQUE (study_area_code, source, source_id)
