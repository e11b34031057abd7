-- $1 study area code, $2 area set name, $3 import batch id. Later duplicates of a code win; unchanged rows are not rewritten.
WITH s AS (
    SELECT DISTINCT ON (code) *
    FROM geo_area_stage
    ORDER BY code, row_no DESC
), m AS (
    INSERT INTO area AS t (study_area_code, area_set, code, name, geom, population, population_by_age, attributes, import_batch_id)
    SELECT $1, $2, code, name, ST_Multi(geom), population, population_by_age, attributes, $3
    FROM s
    ON CONFLICT (study_area_code, area_set, code) DO UPDATE SET
        name = EXCLUDED.name,
        geom = EXCLUDED.geom,
        population = EXCLUDED.population,
        population_by_age = EXCLUDED.population_by_age,
        attributes = EXCLUDED.attributes,
        import_batch_id = EXCLUDED.import_batch_id
    WHERE (t.name, ST_AsEWKB(t.geom), t.population, t.population_by_age, t.attributes)
          IS DISTINCT FROM
          (EXCLUDED.name, ST_AsEWKB(EXCLUDED.geom), EXCLUDED.population, EXCLUDED.population_by_age, EXCLUDED.attributes)
    RETURNING (t.xmax = 0) AS inserted
)
SELECT count(*) FILTER (WHERE inserted) AS new_rows, count(*) FILTER (WHERE NOT inserted) AS updated_rows, (SELECT count(*) FROM s) AS staged_rows
FROM m
