-- Upserts the built-in taxonomy; removes categories that are neither built in nor referenced.
WITH src AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS s(code, parent, label_sv, label_en)
), up AS (
    INSERT INTO category AS c (code, parent, label_sv, label_en)
    SELECT code, parent, label_sv, label_en FROM src
    ON CONFLICT (code) DO UPDATE SET parent = EXCLUDED.parent, label_sv = EXCLUDED.label_sv, label_en = EXCLUDED.label_en
    WHERE (c.parent, c.label_sv, c.label_en) IS DISTINCT FROM (EXCLUDED.parent, EXCLUDED.label_sv, EXCLUDED.label_en)
    RETURNING 1
)
SELECT count(*) FROM up
