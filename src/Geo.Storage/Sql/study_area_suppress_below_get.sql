-- $1 study area code. Its threshold k (no row: no such study area).
SELECT suppress_below FROM study_area WHERE code = $1
