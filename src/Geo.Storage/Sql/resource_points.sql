-- $1 study area code, $2 resource type (NULL: every type). The resources with a representative point (the point itself,
-- else a point on the line or surface) in WGS 84, by id.
SELECT id, type, name, owner_agency, opening_hours, ST_X(p) AS lon, ST_Y(p) AS lat
FROM (SELECT id, type, name, owner_agency, opening_hours, ST_Transform(ST_PointOnSurface(geom), 4326) AS p
      FROM resource
      WHERE study_area_code = $1 AND ($2::text IS NULL OR type = $2::text)) r
ORDER BY id
