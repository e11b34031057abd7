CREATE TEMP TABLE geo_resource_stage (
    row_no         bigint NOT NULL,
    source         text COLLATE "C" NOT NULL,
    source_id      text COLLATE "C" NOT NULL,
    type           text NOT NULL,
    name           text,
    geom           geometry NOT NULL,
    owner_agency   text,
    opening_hours  text,
    capacity       integer,
    notes          text,
    attributes     jsonb
) ON COMMIT DROP
