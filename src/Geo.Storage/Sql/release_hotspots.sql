-- $1 run id. The run's hotspots with their counts in both periods.
SELECT hotspot_id, incidents, incidents_compare FROM run_hotspot WHERE run_id = $1 ORDER BY hotspot_id
