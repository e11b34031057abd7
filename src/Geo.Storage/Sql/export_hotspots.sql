-- $1 run id. The run's hotspots with their best priority rank (over category groups), by id.
SELECT h.hotspot_id, h.cells, h.incidents, h.incidents_compare, h.rate_ratio, h.rate_ratio_lower, h.rate_ratio_upper, h.rate_ratio_p,
       h.change_class, h.emerging_class, h.coverage_gap, h.uncovered_share, h.dominant_categories::text AS dominant_categories,
       array_to_string(h.area_codes, ', ') AS area_codes,
       (SELECT min(p.rank) FROM run_priority p WHERE p.study_area_code = h.study_area_code AND p.run_id = h.run_id
            AND p.target_kind = 'hotspot' AND p.target_id = h.hotspot_id::text) AS priority_rank,
       h.geom
FROM run_hotspot h
WHERE h.run_id = $1
ORDER BY h.hotspot_id
