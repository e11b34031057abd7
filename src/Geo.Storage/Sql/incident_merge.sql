-- $1 study area code, $2 import batch id. The staged keys are unique (see incident_dedupe.sql);
-- unchanged rows are filtered out by an anti-join first (so they are neither rewritten nor locked, which
-- ON CONFLICT DO UPDATE would do even when its WHERE is false); the ON CONFLICT WHERE still guards
-- against concurrent writers. Returns (new, updated); unchanged = staged - new - updated.
WITH m AS (
    INSERT INTO incident AS t (study_area_code, source, source_id, category, source_category, occurred_at,
                               time_precision, geom, location_precision, attributes, import_batch_id)
    SELECT $1, s.source, s.source_id, s.category, s.source_category, s.occurred_at,
           s.time_precision, s.geom, s.location_precision, s.attributes, $2
    FROM geo_incident_stage s
    WHERE NOT EXISTS (
        SELECT 1 FROM incident o
        WHERE o.study_area_code = $1 AND o.source = s.source AND o.source_id = s.source_id
          AND (o.category, o.source_category, o.occurred_at, o.time_precision, ST_AsEWKB(o.geom), o.location_precision, o.attributes)
              IS NOT DISTINCT FROM
              (s.category, s.source_category, s.occurred_at, s.time_precision, ST_AsEWKB(s.geom), s.location_precision, s.attributes))
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
