-- @code study area, @boundary its proposed new boundary (NTS parameter, in the study area's SRID), @tolerance metres.
-- What the new boundary would leave outside: incidents and resources farther than the tolerance from it, and areas not
-- covered by it grown by the tolerance.
WITH b AS (SELECT @boundary::geometry AS g, ST_Buffer(@boundary::geometry, @tolerance) AS grown)
SELECT
    (SELECT count(*) FROM incident i, b WHERE i.study_area_code = @code AND i.geom IS NOT NULL AND NOT ST_DWithin(i.geom, b.g, @tolerance)) AS incidents,
    (SELECT count(*) FROM resource r, b WHERE r.study_area_code = @code AND NOT ST_DWithin(r.geom, b.g, @tolerance)) AS resources,
    (SELECT count(*) FROM area a, b WHERE a.study_area_code = @code AND NOT ST_Covers(b.grown, a.geom)) AS areas
