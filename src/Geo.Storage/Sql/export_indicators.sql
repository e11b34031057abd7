-- $1 run id. The run's area indicators (its areas and the study area '*' per category group) with the area's priority
-- (rank and score of the problem area × group) and the geometry in the study area's CRS; the study area's rows first,
-- then by area code and group ('total' first).
SELECT i.area_code, i.area_name, i.category_group, i.is_reference, i.population, i.incidents, i.incidents_compare,
       i.rate_per_1000, i.rate_eb_per_1000, i.rate_ratio, i.rate_ratio_lower, i.rate_ratio_upper, i.rate_ratio_p,
       i.change_class, i.trend_percent_per_year, i.trend_percent_per_year_lower, i.trend_percent_per_year_upper, i.trend_class,
       i.evening_share, i.night_share, i.weekend_share, p.rank AS priority_rank, p.score AS priority_score,
       CASE WHEN i.area_code = '*' THEN NULL ELSE i.geom END AS geom
FROM run_area_indicator i
LEFT JOIN run_priority p ON p.study_area_code = i.study_area_code AND p.run_id = i.run_id AND p.target_kind = 'area'
     AND p.target_id = i.area_code AND p.category_group = i.category_group
WHERE i.run_id = $1
ORDER BY i.area_code <> '*', i.area_code, i.category_group <> 'total', i.category_group
