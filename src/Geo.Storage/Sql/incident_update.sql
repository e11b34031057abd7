-- $1 study area code, $2 import batch id. Staged keys are unique and rows identical to stored ones are
-- already removed, so every stored row matched here changes. The matched staged rows are then removed,
-- leaving only new keys in the stage (so the INSERT needs no anti-join against the table it grows:
-- with stale statistics such a join can degenerate into a nested loop over the growing table).
-- Row count = updated.
WITH u AS (
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
    RETURNING s.ctid AS stage_row
)
DELETE FROM geo_incident_stage WHERE ctid IN (SELECT stage_row FROM u)
