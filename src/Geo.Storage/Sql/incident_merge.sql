-- $1 study area code, $2 import batch id. The staged keys are unique (incident_dedupe.sql) and rows
-- identical to stored ones are already removed (incident_drop_unchanged.sql); the WHERE below still
-- guards against concurrent writers. Returns (new, updated); unchanged = staged - new - updated.
WITH m AS (
    INSERT INTO incident AS t (study_area_code, source, source_id, category, source_category, occurred_at,
                               time_precision, geom, location_precision, attributes, import_batch_id)
    SELECT $1, s.source, s.source_id, s.category, s.source_category, s.occurred_at,
           s.time_precision, s.geom, s.location_precision, s.attributes, $2
    FROM geo_incident_stage s
    ON CONFLICT (study_area_code, source, source_id) DO UPDATE SET
        category = EXCLUDED.category,
        source_category = EXCLUDED.source_category,
        occurred_at = EXCLUDED.occurred_at,
        time_precision = EXCLUDED.time_precision,
        geom = EXCLUDED.geom,
        location_precision = EXCLUDED.location_precision,
        attributes = EXCLUDED.attributes,
        import_batch_id = EXCLUDED.import_batch_id
    WHERE (t.category, t.source_category, t.occurred_at, t.time_precision, ST_AsEWKB(t.geom), t.location_precision, t.attributes)
          IS DISTINCT FROM
          (EXCLUDED.category, EXCLUDED.source_category, EXCLUDED.occurred_at, EXCLUDED.time_precision, ST_AsEWKB(EXCLUDED.geom),
           EXCLUDED.location_precision, EXCLUDED.attributes)
    RETURNING (t.xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted)
FROM m
