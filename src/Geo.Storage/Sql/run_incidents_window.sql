-- $1 study area code, $2 first local date, $3 last local date (inclusive). The window's instants in the study area's
-- time zone: [start of $2, start of the day after $3), and the time zone.
SELECT ($2::date)::timestamp AT TIME ZONE time_zone AS from_instant,
       ($3::date + 1)::timestamp AT TIME ZONE time_zone AS to_instant,
       time_zone
FROM study_area WHERE code = $1
