-- $1 run id. The run's priorities by kind (areas first) and rank, with the target's name (the area's; hotspots have none).
SELECT p.rank, p.target_kind, p.target_id, p.category_group, p.score, p.stability, p.reasons_sv, p.reasons_en,
       (SELECT i.area_name FROM run_area_indicator i WHERE i.study_area_code = p.study_area_code AND i.run_id = p.run_id
            AND i.area_code = p.target_id AND i.category_group = 'total' AND p.target_kind = 'area') AS target_name
FROM run_priority p
WHERE p.run_id = $1
ORDER BY p.target_kind, p.rank, p.category_group
