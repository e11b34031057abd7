-- $1 study area code. Removes staged rows identical to the stored ones, so the merge neither rewrites
-- nor locks them (ON CONFLICT DO UPDATE locks the conflicting row even when its WHERE is false).
-- Returns the number removed via the command's row count.
DELETE FROM geo_incident_stage s
USING incident o
WHERE o.study_area_code = $1 AND o.source = s.source AND o.source_id = s.source_id
  AND (o.category, o.source_category, o.occurred_at, o.time_precision, ST_AsEWKB(o.geom), o.location_precision, o.attributes)
      IS NOT DISTINCT FROM
      (s.category, s.source_category, s.occurred_at, s.time_precision, ST_AsEWKB(s.geom), s.location_precision, s.attributes)
