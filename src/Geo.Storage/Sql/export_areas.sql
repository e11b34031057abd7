-- $1 run id. Every area of the run's study area (every set) with name, population and geometry, by set and code.
SELECT a.area_set, a.code, a.name, a.population, a.geom
FROM area a
WHERE a.study_area_code = (SELECT study_area_code FROM analysis_run WHERE id = $1)
ORDER BY a.area_set, a.code
