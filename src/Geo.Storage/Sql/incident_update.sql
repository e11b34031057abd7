-- $1 study area code, $2 import batch id. Staged keys are unique and rows identical to stored ones are
-- already removed, so every stored row matched here changes. Row count = updated.
UPDATE incident t SET
    category = s.category,
    source_category = s.source_category,
    occurred_at = s.occurred_at,
    time_precision = s.time_precision,
    geom = s.geom,
    location_precision = s.location_precision,
    attributes = s.attributes,
    import_batch_id = $2
FROM geo_incident_stage s
WHERE t.study_area_code = $1 AND t.source = s.source AND t.source_id = s.source_id
