CREATE TEMP TABLE geo_area_stage (
    row_no             bigint NOT NULL,
    code               text COLLATE "C" NOT NULL,
    name               text,
    geom               geometry NOT NULL,
    population         integer,
    population_by_age  jsonb,
    attributes         jsonb
) ON COMMIT DROP
