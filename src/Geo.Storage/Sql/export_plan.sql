-- $1 run id. The rows of the newest plan drafted from the run, by position.
SELECT pl.id AS plan_id, pl.title, r.row_id, r.position, r.target_kind, r.target_id, r.category_group, r.problem_rank, r.problem,
       r.cause, r.measure, r.kind, r.goal, r.indicator_description, r.baseline, r.baseline_from, r.baseline_to, r.goal_change,
       array_to_string(r.actors, ', ') AS actors, r.responsible, r.deadline, r.review_date, r.status, r.follow_up_status, r.notes
FROM plan pl JOIN plan_row r ON r.study_area_code = pl.study_area_code AND r.plan_id = pl.id
WHERE pl.id = (SELECT max(id) FROM plan WHERE run_id = $1)
ORDER BY r.position, r.row_id
