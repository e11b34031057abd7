-- @code, @boundary (NTS geometry parameter), @name, @srid, @time_zone. An invalid boundary is made valid (polygonal part
-- kept) and flagged as repaired.
WITH v AS (
    SELECT @boundary::geometry AS raw, ST_IsValid(@boundary::geometry) AS valid
), f AS (
    SELECT CASE WHEN valid THEN ST_Multi(raw) ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(raw), 3)) END AS boundary,
           NOT valid AS repaired
    FROM v
)
INSERT INTO study_area AS s (code, name, boundary, srid, time_zone)
SELECT @code, @name, f.boundary, @srid, @time_zone FROM f
ON CONFLICT (code) DO UPDATE SET
    name = EXCLUDED.name,
    boundary = EXCLUDED.boundary,
    srid = EXCLUDED.srid,
    time_zone = EXCLUDED.time_zone,
    updated_at = now()
RETURNING (s.xmax = 0) AS created, (SELECT repaired FROM f) AS repaired
