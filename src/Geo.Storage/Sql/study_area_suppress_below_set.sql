-- $1 study area code, $2 k. Sets its threshold; returns the row when the study area exists.
UPDATE study_area SET suppress_below = $2 WHERE code = $1 RETURNING suppress_below
