-- $1 study area code, $2 area set name. The set's areas with their names and population, by code.
SELECT code, name, population
FROM area
WHERE study_area_code = $1 AND area_set = $2
ORDER BY code
