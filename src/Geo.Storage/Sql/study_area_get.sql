-- $1 study area code. The study area an import loads into (boundary as an NTS geometry through Npgsql's plugin).
SELECT code, name, boundary, srid, time_zone FROM study_area WHERE code = $1
