-- $1 run id. The import batches the run read: source, batch id, file name, rows used, with the batch's import time.
SELECT b.source, b.import_batch_id, b.file_name, b.rows_used, i.finished_at
FROM analysis_run_batch b LEFT JOIN import_batch i ON i.id = b.import_batch_id
WHERE b.study_area_code = (SELECT study_area_code FROM analysis_run WHERE id = $1) AND b.run_id = $1
ORDER BY b.import_batch_id
