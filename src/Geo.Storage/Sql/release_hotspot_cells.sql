-- $1 run id. The run's grid cells in a hotspot with their counts in both periods and their hotspot.
SELECT cell_id, hotspot_id, incidents, incidents_compare FROM run_cell WHERE run_id = $1 AND hotspot_id IS NOT NULL ORDER BY cell_id
