-- $1 study area code, $2 area set. Its areas with name, population and geometry, by code.
SELECT code, name, population, geom FROM area WHERE study_area_code = $1 AND area_set = $2 ORDER BY code
