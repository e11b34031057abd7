-- $1 run id. The run's grid cells by id, streamed (a run may have a million).
SELECT c.cell_id, c.col, c.row, c.incidents, c.gi_z, c.gi_p, c.gi_confidence::integer AS gi_confidence, c.emerging_class,
       c.hotspot_id, c.density, c.geom
FROM run_cell c
WHERE c.study_area_code = (SELECT study_area_code FROM analysis_run WHERE id = $1) AND c.run_id = $1
ORDER BY c.cell_id
