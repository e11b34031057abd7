-- The resources of each area of a run (as for hotspots): the nearest resource of each type with its distance and owner,
-- and the resources within the run's coverage distance. Stored on the area's 'total' row (NULL on the group rows and the
-- reference row).
ALTER TABLE run_area_indicator
    ADD COLUMN nearest_resources jsonb,
    ADD COLUMN resources_within jsonb;
