-- $1 study area code, $2 the settings as JSON text. Inserts or replaces them.
INSERT INTO study_area_config (study_area_code, config) VALUES ($1, $2::jsonb)
ON CONFLICT (study_area_code) DO UPDATE SET config = excluded.config, updated_at = now()
