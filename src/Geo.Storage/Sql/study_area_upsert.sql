-- $1 code, $2 boundary EWKB, $3 name, $4 srid, $5 time zone. An invalid boundary is made valid
-- (polygonal part kept) and flagged as repaired.
WITH g AS (
    SELECT ST_GeomFromEWKB($2) AS raw
), v AS (
    SELECT raw, ST_IsValid(raw) AS valid FROM g
), f AS (
    SELECT CASE WHEN valid THEN ST_Multi(raw) ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(raw), 3)) END AS boundary,
           NOT valid AS repaired
    FROM v
)
INSERT INTO study_area AS s (code, name, boundary, srid, time_zone)
SELECT $1, $3, f.boundary, $4, $5 FROM f
ON CONFLICT (code) DO UPDATE SET
    name = EXCLUDED.name,
    boundary = EXCLUDED.boundary,
    srid = EXCLUDED.srid,
    time_zone = EXCLUDED.time_zone,
    updated_at = now()
RETURNING (s.xmax = 0) AS created, (SELECT repaired FROM f) AS repaired
