-- @study_area_code .. @created_by: a new run, status 'running'; returns its id and creation time.
INSERT INTO analysis_run (study_area_code, status, label, period_from, period_to, compare_from, compare_to, area_set,
                          categories, cell_size, parameters, notices, geo_version, created_by)
VALUES (@study_area_code, 'running', @label, @period_from, @period_to, @compare_from, @compare_to, @area_set,
        @categories, @cell_size, @parameters, @notices, @geo_version, @created_by)
RETURNING id, created_at
