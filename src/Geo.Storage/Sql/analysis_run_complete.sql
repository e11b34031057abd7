-- @study_area_code, @id: the run; the fields known at its end. @parameters NULL keeps the parameters stored at creation.
-- The run's batches written without their source and file name (the analysis knows only the batch id) take them from
-- import_batch.
WITH batches AS (
    UPDATE analysis_run_batch b SET source = i.source, file_name = i.file_name
    FROM import_batch i
    WHERE b.study_area_code = @study_area_code AND b.run_id = @id AND i.id = b.import_batch_id AND b.source = '' AND b.file_name = ''
)
UPDATE analysis_run
SET status = 'completed', finished_at = now(), error = NULL,
    input_fingerprint = @input_fingerprint, incidents_read = @incidents_read, steps = @steps, notices = @notices,
    data_quality = @data_quality, reference = @reference, parameters = coalesce(@parameters, parameters)
WHERE study_area_code = @study_area_code AND id = @id AND status = 'running'
