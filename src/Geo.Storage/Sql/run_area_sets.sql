-- $1 study area code. Each area set with its area count, how many areas have a population, the total population and the
-- mean area size in m² (the working CRS is metric), by name.
SELECT s.name, s.kind,
       count(a.code) AS areas,
       count(a.population) AS with_population,
       coalesce(sum(a.population), 0)::bigint AS population,
       avg(ST_Area(a.geom)) AS mean_area
FROM area_set s
LEFT JOIN area a ON a.study_area_code = s.study_area_code AND a.area_set = s.name
WHERE s.study_area_code = $1
GROUP BY s.name, s.kind
ORDER BY s.name
