-- $1 run id, $2 k. The run's grid cells in sums: count, Σ incidents, Σ comparison-period incidents (null when a cell has
-- none), and how many counts are from 1 to k − 1 in each period.
SELECT count(*)::int,
       coalesce(sum(incidents), 0)::bigint,
       CASE WHEN count(*) = count(incidents_compare) THEN coalesce(sum(incidents_compare), 0)::bigint END,
       count(*) FILTER (WHERE incidents BETWEEN 1 AND $2 - 1)::int,
       count(*) FILTER (WHERE incidents_compare BETWEEN 1 AND $2 - 1)::int
FROM run_cell WHERE run_id = $1
