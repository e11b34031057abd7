SELECT type, count(*) FROM resource WHERE study_area_code = $1 GROUP BY type ORDER BY count(*) DESC, type
