CREATE INDEX incident_category_time_idx ON incident (study_area_code, category, occurred_at);
CREATE INDEX incident_geom_gix ON incident USING gist (geom)
