CREATE TEMP TABLE geo_incident_stage (
    row_no              bigint NOT NULL,
    source              text COLLATE "C" NOT NULL,
    source_id           text COLLATE "C" NOT NULL,
    category            text NOT NULL,
    source_category     text,
    occurred_at         timestamptz NOT NULL,
    time_precision      text NOT NULL,
    geom                geometry,
    location_precision  text NOT NULL,
    attributes          jsonb
) ON COMMIT DROP
