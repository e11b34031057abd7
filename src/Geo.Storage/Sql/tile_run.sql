-- $1 run id. What a vector tile of the run needs: its study area, status and creation time (part of the tile cache's
-- key), the study area's SRID (the run's geometries are stored in it), the category groups that have area indicators,
-- and a window in EPSG:3857 around the study area (its extent grown by its larger side on every side). A tile's
-- envelope is clipped to the window before it is transformed to the study area's CRS, so that a world-sized tile
-- (zoom 0..5) is never projected far outside the CRS's zone of use.
SELECT r.study_area_code, r.status, r.created_at, s.srid,
       ST_XMin(w.box) - w.grow AS xmin, ST_YMin(w.box) - w.grow AS ymin,
       ST_XMax(w.box) + w.grow AS xmax, ST_YMax(w.box) + w.grow AS ymax,
       ARRAY(SELECT DISTINCT a.category_group::text FROM run_area_indicator a
             WHERE a.study_area_code = r.study_area_code AND a.run_id = r.id ORDER BY 1) AS groups
FROM analysis_run r
JOIN study_area s ON s.code = r.study_area_code
CROSS JOIN LATERAL (SELECT b AS box, greatest(ST_XMax(b) - ST_XMin(b), ST_YMax(b) - ST_YMin(b)) AS grow
                    FROM (SELECT ST_Transform(ST_Envelope(s.boundary), 3857)::box2d AS b) e) w
WHERE r.id = $1
