-- @study_area_code, @id: the run; the fields known at its end. @parameters NULL keeps the parameters stored at creation.
UPDATE analysis_run
SET status = 'completed', finished_at = now(), error = NULL,
    input_fingerprint = @input_fingerprint, incidents_read = @incidents_read, steps = @steps, notices = @notices,
    data_quality = @data_quality, reference = @reference, parameters = coalesce(@parameters, parameters)
WHERE study_area_code = @study_area_code AND id = @id AND status = 'running'
