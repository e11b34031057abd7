-- $1 study area code, $2 target ids (int[]), $3 target geometries (geometry[], same length; SRID 0 takes the study
-- area's), $4 resource types (NULL: all). For each target, the nearest resource of each type and its distance: one
-- LATERAL KNN search (<->, the resource's GiST index) per target and type, ties broken by resource id.
WITH sa AS MATERIALIZED (SELECT srid FROM study_area WHERE code = $1),
t AS MATERIALIZED (
    SELECT u.id, CASE WHEN ST_SRID(u.geom) = 0 THEN ST_SetSRID(u.geom, sa.srid) ELSE u.geom END AS geom
    FROM unnest($2::int[], $3::geometry[]) AS u(id, geom), sa
),
types AS MATERIALIZED (
    SELECT DISTINCT type FROM resource WHERE study_area_code = $1 AND ($4::text[] IS NULL OR type = ANY ($4::text[]))
)
SELECT t.id AS target_id, n.id AS resource_id, ty.type, n.name, n.owner_agency, n.opening_hours,
       ST_Distance(n.geom, t.geom) AS distance
FROM t
CROSS JOIN types ty
CROSS JOIN LATERAL (
    SELECT r.id, r.name, r.owner_agency, r.opening_hours, r.geom
    FROM resource r
    WHERE r.study_area_code = $1 AND r.type = ty.type
    ORDER BY r.geom <-> t.geom, r.id
    LIMIT 1
) n
ORDER BY t.id, ty.type
