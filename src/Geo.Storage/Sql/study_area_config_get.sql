-- $1 study area code. Its analysis settings as JSON text (no row: none stored).
SELECT config::text AS config FROM study_area_config WHERE study_area_code = $1
