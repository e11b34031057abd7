-- $1 study area code. The import lock of study_area_import_lock.sql without waiting: true when taken.
SELECT pg_try_advisory_xact_lock(hashtextextended('geo.import.' || $1, 0)) AS taken
