-- $1 study area code, $2 import batch id. Later duplicates win; unchanged rows are not rewritten.
WITH s AS (
    SELECT DISTINCT ON (source, source_id) *
    FROM geo_resource_stage
    ORDER BY source, source_id, row_no DESC
), m AS (
    INSERT INTO resource AS t (study_area_code, source, source_id, type, name, geom, owner_agency, opening_hours,
                               capacity, notes, attributes, import_batch_id)
    SELECT $1, source, source_id, type, name, geom, owner_agency, opening_hours, capacity, notes, attributes, $2
    FROM s
    ON CONFLICT (study_area_code, source, source_id) DO UPDATE SET
        type = EXCLUDED.type,
        name = EXCLUDED.name,
        geom = EXCLUDED.geom,
        owner_agency = EXCLUDED.owner_agency,
        opening_hours = EXCLUDED.opening_hours,
        capacity = EXCLUDED.capacity,
        notes = EXCLUDED.notes,
        attributes = EXCLUDED.attributes,
        import_batch_id = EXCLUDED.import_batch_id
    WHERE (t.type, t.name, ST_AsEWKB(t.geom), t.owner_agency, t.opening_hours, t.capacity, t.notes, t.attributes)
          IS DISTINCT FROM
          (EXCLUDED.type, EXCLUDED.name, ST_AsEWKB(EXCLUDED.geom), EXCLUDED.owner_agency, EXCLUDED.opening_hours,
           EXCLUDED.capacity, EXCLUDED.notes, EXCLUDED.attributes)
    RETURNING (t.xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted) AS new_rows, count(*) FILTER (WHERE NOT inserted) AS updated_rows, (SELECT count(*) FROM s) AS staged_rows
FROM m
