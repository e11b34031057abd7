-- $1 study area code, $2 the run's area set. For every other area set of the study area and every area of the run's
-- set: the area of that set holding the area's point on surface (NULL when none), how many hold it, and the share of
-- the area's surface inside the first one. A set nests when every area has exactly one holder covering (nearly) all of it.
WITH fine AS (
    SELECT code, geom, ST_PointOnSurface(geom) AS p, ST_Area(geom) AS a
    FROM area WHERE study_area_code = $1 AND area_set = $2
), sets AS (
    SELECT s.name, (SELECT count(*) FROM area x WHERE x.study_area_code = $1 AND x.area_set = s.name)::int AS set_areas
    FROM area_set s WHERE s.study_area_code = $1 AND s.name <> $2
), hits AS (
    SELECT s.name AS area_set, s.set_areas, f.code AS fine_code, c.code AS coarse_code, c.name AS coarse_name,
           CASE WHEN c.code IS NULL OR f.a = 0 THEN NULL ELSE ST_Area(ST_Intersection(f.geom, c.geom)) / f.a END AS share
    FROM sets s
    CROSS JOIN fine f
    LEFT JOIN area c ON c.study_area_code = $1 AND c.area_set = s.name AND ST_Covers(c.geom, f.p)
)
SELECT area_set, set_areas, fine_code, coarse_code, coarse_name,
       count(coarse_code) OVER (PARTITION BY area_set, fine_code)::int AS hits, share
FROM hits
ORDER BY area_set, fine_code, coarse_code
