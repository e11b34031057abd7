-- $1 run id. The run's grid cells with their counts in both periods and their hotspot.
SELECT cell_id, hotspot_id, incidents, incidents_compare FROM run_cell WHERE run_id = $1 ORDER BY cell_id
