DROP INDEX incident_geom_gix;
DROP INDEX incident_category_time_idx
