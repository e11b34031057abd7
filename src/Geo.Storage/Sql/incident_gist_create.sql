CREATE INDEX incident_geom_gix ON incident USING gist (geom)
