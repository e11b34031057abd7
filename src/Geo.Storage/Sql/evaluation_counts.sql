-- The eight counts of an evaluation (geo evaluate): incidents of study area @code with a point that is not just an area
-- centroid, of the categories @categories (NULL: all), in the periods before [@before_from, @before_to] and after
-- [@after_from, @after_to] (local dates, both inclusive, in the study area's time zone), in four disjoint regions, the
-- first that holds a point wins:
--   treated         the treated place @treated (boundary included)
--   treated_buffer  within @width metres of it (the displacement buffer)
--   control         @control, or with @control NULL the study area farther than 2·@width from the treated place
--   control_buffer  within @width metres of @control, or with @control NULL between @width and 2·@width from the
--                   treated place inside the study area
-- Distances are exact (ST_DWithin), not buffered polygons. Also the incidents left out for an area-centroid location.
WITH s AS (
    SELECT boundary,
           (@before_from::date)::timestamp AT TIME ZONE time_zone AS bf,
           (@before_to::date + 1)::timestamp AT TIME ZONE time_zone AS bt,
           (@after_from::date)::timestamp AT TIME ZONE time_zone AS af,
           (@after_to::date + 1)::timestamp AT TIME ZONE time_zone AS at
    FROM study_area WHERE code = @code
), e AS (
    SELECT i.occurred_at < s.bt AND i.occurred_at >= s.bf AS before,
           i.location_precision = 'area_centroid' AS centroid,
           CASE
               WHEN ST_Intersects(@treated::geometry, i.geom) THEN 'treated'
               WHEN ST_DWithin(i.geom, @treated::geometry, @width) THEN 'treated_buffer'
               WHEN @control::geometry IS NULL THEN
                   CASE WHEN NOT ST_Intersects(s.boundary, i.geom) THEN NULL
                        WHEN ST_DWithin(i.geom, @treated::geometry, 2 * @width) THEN 'control_buffer'
                        ELSE 'control' END
               WHEN ST_Intersects(@control::geometry, i.geom) THEN 'control'
               WHEN ST_DWithin(i.geom, @control::geometry, @width) THEN 'control_buffer'
           END AS region
    FROM incident i, s
    WHERE i.study_area_code = @code
      AND i.geom IS NOT NULL
      AND ((i.occurred_at >= s.bf AND i.occurred_at < s.bt) OR (i.occurred_at >= s.af AND i.occurred_at < s.at))
      AND (@categories::text[] IS NULL OR i.category = ANY (@categories::text[]))
)
SELECT count(*) FILTER (WHERE NOT centroid AND region = 'treated' AND before) AS treated_before,
       count(*) FILTER (WHERE NOT centroid AND region = 'treated' AND NOT before) AS treated_after,
       count(*) FILTER (WHERE NOT centroid AND region = 'treated_buffer' AND before) AS treated_buffer_before,
       count(*) FILTER (WHERE NOT centroid AND region = 'treated_buffer' AND NOT before) AS treated_buffer_after,
       count(*) FILTER (WHERE NOT centroid AND region = 'control' AND before) AS control_before,
       count(*) FILTER (WHERE NOT centroid AND region = 'control' AND NOT before) AS control_after,
       count(*) FILTER (WHERE NOT centroid AND region = 'control_buffer' AND before) AS control_buffer_before,
       count(*) FILTER (WHERE NOT centroid AND region = 'control_buffer' AND NOT before) AS control_buffer_after,
       count(*) FILTER (WHERE centroid AND region IS NOT NULL) AS area_centroid
FROM e
