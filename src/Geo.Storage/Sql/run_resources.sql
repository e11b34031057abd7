-- $1 study area code. Its resources with type, name, owner, opening hours and geometry, by id.
SELECT id, source, source_id, type, name, owner_agency, opening_hours, geom
FROM resource WHERE study_area_code = $1 ORDER BY id
