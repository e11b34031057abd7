-- Keeps only the last staged row of each (source, source_id): highest row number, then latest added.
DELETE FROM geo_incident_stage a
USING geo_incident_stage b
WHERE a.source = b.source AND a.source_id = b.source_id
  AND (a.row_no, a.ctid) < (b.row_no, b.ctid)
