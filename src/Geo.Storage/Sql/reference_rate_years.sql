-- $1 source. The years of the reference table with the days of each that the source covers (from the country's total).
SELECT year, days_covered
FROM reference_rate
WHERE source = $1 AND level = 'country' AND category_group = 'total'
ORDER BY year
