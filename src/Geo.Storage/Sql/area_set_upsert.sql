INSERT INTO area_set (study_area_code, name, kind, valid_from, valid_to)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (study_area_code, name) DO UPDATE SET
    kind = EXCLUDED.kind, valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to
