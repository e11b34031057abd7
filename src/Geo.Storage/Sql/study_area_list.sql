SELECT s.code, s.name, s.srid,
       CASE WHEN srs.proj4text LIKE '%+proj=longlat%'
            THEN ST_Area(s.boundary::geography)
            ELSE ST_Area(s.boundary) END / 1e6 AS area_km2,
       (SELECT count(*) FROM incident i WHERE i.study_area_code = s.code) AS incidents,
       (SELECT count(*) FROM resource r WHERE r.study_area_code = s.code) AS resources,
       (SELECT count(*) FROM area a WHERE a.study_area_code = s.code) AS areas
FROM study_area s
LEFT JOIN spatial_ref_sys srs ON srs.srid = s.srid
ORDER BY s.code
