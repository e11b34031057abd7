-- $1 study area code, $2 target ids (int[]), $3 target geometries (geometry[], same length; SRID 0 takes the study
-- area's), $4 distance in metres, $5 resource types (NULL: all). For each target, every resource within the distance
-- (ST_DWithin on the resource's GiST index) with its distance, nearest first.
WITH sa AS MATERIALIZED (SELECT srid FROM study_area WHERE code = $1),
t AS MATERIALIZED (
    SELECT u.id, CASE WHEN ST_SRID(u.geom) = 0 THEN ST_SetSRID(u.geom, sa.srid) ELSE u.geom END AS geom
    FROM unnest($2::int[], $3::geometry[]) AS u(id, geom), sa
)
SELECT t.id AS target_id, r.id AS resource_id, r.type, r.name, r.owner_agency, r.opening_hours,
       ST_Distance(r.geom, t.geom) AS distance
FROM t
JOIN resource r ON r.study_area_code = $1 AND ST_DWithin(r.geom, t.geom, $4::double precision)
WHERE $5::text[] IS NULL OR r.type = ANY ($5::text[])
ORDER BY t.id, distance, r.id
