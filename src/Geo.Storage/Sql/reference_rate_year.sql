-- $1 source, $2 year. Every rate of that year: all municipalities, counties and the country, every category group.
SELECT level, code, name, county_code, year, category_group, events, population, days_covered, per_100000, per_100000_year
FROM reference_rate
WHERE source = $1 AND year = $2
ORDER BY level, code, category_group
