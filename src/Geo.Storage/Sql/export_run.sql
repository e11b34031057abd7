-- $1 run id. The run's study area (code, name, SRID) for an export's metadata and CRS.
SELECT r.study_area_code, s.name AS study_area_name, s.srid
FROM analysis_run r JOIN study_area s ON s.code = r.study_area_code
WHERE r.id = $1
