SELECT c.code, c.label_sv, c.label_en, count(*) AS incidents, count(*) FILTER (WHERE i.geom IS NULL) AS without_location
FROM incident i
JOIN category c ON c.code = i.category
WHERE i.study_area_code = $1
GROUP BY c.code, c.label_sv, c.label_en
ORDER BY incidents DESC, c.code
