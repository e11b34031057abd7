-- Upserts the built-in source mappings. A built-in source's file is authoritative: its other codes are removed.
WITH src AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS s(source, source_code, category)
), del AS (
    DELETE FROM category_mapping m
    WHERE m.source = ANY ($4::text[])
      AND NOT EXISTS (SELECT 1 FROM src WHERE src.source = m.source AND src.source_code = m.source_code)
    RETURNING 1
), up AS (
    INSERT INTO category_mapping AS m (source, source_code, category)
    SELECT source, source_code, category FROM src
    ON CONFLICT (source, source_code) DO UPDATE SET category = EXCLUDED.category
    WHERE m.category IS DISTINCT FROM EXCLUDED.category
    RETURNING 1
)
SELECT (SELECT count(*) FROM up) + (SELECT count(*) FROM del)
