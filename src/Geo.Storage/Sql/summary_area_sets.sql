SELECT s.name, s.kind, count(a.code) AS areas, sum(a.population) AS population
FROM area_set s
LEFT JOIN area a ON a.study_area_code = s.study_area_code AND a.area_set = s.name
WHERE s.study_area_code = $1
GROUP BY s.name, s.kind
ORDER BY s.name
