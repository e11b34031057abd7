-- Lägesbild analysis runs (geo analyze) and the national reference table (geo reference load).
-- A run's results are written once, when it completes, and never change afterwards: new data makes a new run.
-- Every run table's key starts with (study_area_code, run_id); deleting a run deletes its results (ON DELETE CASCADE).
-- Geometries of a run are stored in the study area's working CRS (the SRID of study_area.srid), copied at run time,
-- so that a later re-import of areas does not change an old run.

-- A study area's analysis settings (the JSON of geo analyze --config), e.g. the sample's reference municipality.
CREATE TABLE study_area_config (
    study_area_code  text COLLATE "C" PRIMARY KEY REFERENCES study_area (code) ON DELETE CASCADE,
    config           jsonb NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE analysis_run (
    study_area_code    text COLLATE "C" NOT NULL REFERENCES study_area (code),
    id                 bigint GENERATED ALWAYS AS IDENTITY,
    status             text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    label              text,
    period_from        date NOT NULL,
    period_to          date NOT NULL,
    compare_from       date,
    compare_to         date,
    area_set           text COLLATE "C",
    categories         text[] NOT NULL,
    cell_size          double precision NOT NULL CHECK (cell_size > 0),
    -- Every parameter with its default resolved (periods, area set, categories, cell size, weights, distances, ...).
    parameters         jsonb NOT NULL,
    -- What was chosen automatically and announced, in words: [{"code": ..., "text_sv": ..., "text_en": ...}].
    notices            jsonb NOT NULL DEFAULT '[]',
    -- SHA-256 over the input rows (source, source id, category, time, precision, location) in a fixed order.
    input_fingerprint  char(64) CHECK (input_fingerprint ~ '^[0-9a-f]{64}$'),
    incidents_read     bigint NOT NULL DEFAULT 0,
    geo_version        text NOT NULL,
    -- [{"name": "read", "seconds": 0.41}, ...] in order.
    steps              jsonb NOT NULL DEFAULT '[]',
    -- The run's data-quality statement for the whole study area (location and time precision, sources, gaps).
    data_quality       jsonb,
    -- The run's reference values (municipality, county, Sweden, similar municipalities) per category group.
    reference          jsonb,
    error              text,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    finished_at        timestamptz,
    PRIMARY KEY (study_area_code, id),
    CONSTRAINT analysis_run_id_key UNIQUE (id),
    CHECK (period_to >= period_from),
    CHECK ((compare_from IS NULL) = (compare_to IS NULL)),
    CHECK (compare_to IS NULL OR compare_to >= compare_from)
);

-- The import batches a run read, with how many of its input rows came from each (provenance of the run).
CREATE TABLE analysis_run_batch (
    study_area_code  text COLLATE "C" NOT NULL,
    run_id           bigint NOT NULL,
    import_batch_id  bigint NOT NULL,
    source           text NOT NULL,
    file_name        text NOT NULL,
    rows_used        bigint NOT NULL CHECK (rows_used >= 0),
    PRIMARY KEY (study_area_code, run_id, import_batch_id),
    FOREIGN KEY (study_area_code, run_id) REFERENCES analysis_run (study_area_code, id) ON DELETE CASCADE
);

-- Area indicators: one row per area of the run's area set (and the whole study area, area_code '*', is_reference) per
-- category group ('total' for all of the run's categories).
CREATE TABLE run_area_indicator (
    study_area_code      text COLLATE "C" NOT NULL,
    run_id               bigint NOT NULL,
    area_code            text COLLATE "C" NOT NULL,
    category_group       text COLLATE "C" NOT NULL,
    area_name            text,
    is_reference         boolean NOT NULL DEFAULT false,
    population           integer CHECK (population >= 0),
    incidents            integer NOT NULL CHECK (incidents >= 0),
    incidents_compare    integer CHECK (incidents_compare >= 0),
    rate_per_1000        double precision,
    rate_per_100000      double precision,
    rate_eb_per_1000     double precision,
    unstable             boolean NOT NULL DEFAULT false,
    location_quotient    double precision,
    share_incidents      double precision,
    share_population     double precision,
    relative_rate        double precision,
    rate_ratio           double precision,
    rate_ratio_lower     double precision,
    rate_ratio_upper     double precision,
    rate_ratio_p         double precision,
    change_class         text CHECK (change_class IN ('significant_rise', 'significant_fall', 'no_significant_change', 'undefined')),
    trend_mk_s           double precision,
    trend_mk_z           double precision,
    trend_mk_p           double precision,
    trend_percent_per_year        double precision,
    trend_percent_per_year_lower  double precision,
    trend_percent_per_year_upper  double precision,
    trend_class          text CHECK (trend_class IN ('rising', 'falling', 'no_trend', 'undefined')),
    monthly_counts       integer[],
    timed_hour           integer NOT NULL DEFAULT 0,
    untimed_hour         integer NOT NULL DEFAULT 0,
    evening_share        double precision,
    night_share          double precision,
    weekend_share        double precision,
    hour_weekday         integer[],
    month_of_year        integer[],
    hot_share_90         double precision,
    hot_share_95         double precision,
    hot_share_99         double precision,
    top10_cells_share    double precision,
    lisa_class           text,
    lisa_p               double precision,
    repeat_share         double precision,
    withheld_share       double precision,
    approximate_share    double precision,
    area_centroid_share  double precision,
    time_precision       jsonb,
    sources              jsonb,
    sources_missing      text[],
    geom                 geometry(MultiPolygon),
    PRIMARY KEY (study_area_code, run_id, area_code, category_group),
    FOREIGN KEY (study_area_code, run_id) REFERENCES analysis_run (study_area_code, id) ON DELETE CASCADE
);
CREATE INDEX run_area_indicator_geom_gix ON run_area_indicator USING gist (geom);

-- Grid cells of the run (only the point-located incidents that may go on a grid: never area centroids or withheld).
CREATE TABLE run_cell (
    study_area_code    text COLLATE "C" NOT NULL,
    run_id             bigint NOT NULL,
    cell_id            integer NOT NULL,
    col                integer NOT NULL,
    row                integer NOT NULL,
    area_share         double precision NOT NULL,
    incidents          integer NOT NULL CHECK (incidents >= 0),
    incidents_compare  integer CHECK (incidents_compare >= 0),
    gi_z               double precision,
    gi_p               double precision,
    -- Signed confidence of the Gi* hot (+) or cold (−) call: 99, 95, 90, 0 (not significant), NULL (undefined).
    gi_confidence      smallint CHECK (gi_confidence IN (-99, -95, -90, 0, 90, 95, 99)),
    emerging_class     text,
    hotspot_id         integer,
    density            double precision,
    geom               geometry(Polygon) NOT NULL,
    PRIMARY KEY (study_area_code, run_id, cell_id),
    FOREIGN KEY (study_area_code, run_id) REFERENCES analysis_run (study_area_code, id) ON DELETE CASCADE
);
CREATE INDEX run_cell_geom_gix ON run_cell USING gist (geom);

-- Hotspots: connected groups (queen contiguity) of cells hot at the run's confidence.
CREATE TABLE run_hotspot (
    study_area_code      text COLLATE "C" NOT NULL,
    run_id               bigint NOT NULL,
    hotspot_id           integer NOT NULL,
    cells                integer NOT NULL CHECK (cells > 0),
    incidents            integer NOT NULL,
    incidents_compare    integer,
    rate_ratio           double precision,
    rate_ratio_lower     double precision,
    rate_ratio_upper     double precision,
    rate_ratio_p         double precision,
    change_class         text CHECK (change_class IN ('significant_rise', 'significant_fall', 'no_significant_change', 'undefined')),
    emerging_class       text,
    -- [{"category": "violence.assault", "group": "violence", "incidents": 120, "share": 0.41}, ...] largest first.
    dominant_categories  jsonb NOT NULL DEFAULT '[]',
    hour_weekday         integer[],
    -- {"days": [4, 5], "start_hour": 22, "hours": 6, "share": 0.62}
    peak                 jsonb,
    area_codes           text[] NOT NULL DEFAULT '{}',
    -- [{"type": "youth_centre", "name": ..., "owner": ..., "distance": 312.4}, ...] the nearest of each type.
    nearest_resources    jsonb NOT NULL DEFAULT '[]',
    -- [{"type": ..., "name": ..., "owner": ..., "distance": ..., "opening_hours": ...}, ...] within the distance.
    resources_within     jsonb NOT NULL DEFAULT '[]',
    -- 'none', 'spatial' (no prevention resource within the distance), 'temporal' (present but closed at the incidents' hours).
    coverage_gap         text NOT NULL DEFAULT 'none' CHECK (coverage_gap IN ('none', 'spatial', 'temporal')),
    uncovered_share      double precision,
    -- [{"days": [4, 5], "start_hour": 23, "end_hour": 3, "share": 0.61}, ...]
    uncovered_windows    jsonb NOT NULL DEFAULT '[]',
    geom                 geometry(MultiPolygon) NOT NULL,
    PRIMARY KEY (study_area_code, run_id, hotspot_id),
    FOREIGN KEY (study_area_code, run_id) REFERENCES analysis_run (study_area_code, id) ON DELETE CASCADE
);
CREATE INDEX run_hotspot_geom_gix ON run_hotspot USING gist (geom);

-- Priorities: one row per problem (an area or a hotspot, and a category group), ranked within its kind.
CREATE TABLE run_priority (
    study_area_code  text COLLATE "C" NOT NULL,
    run_id           bigint NOT NULL,
    target_kind      text NOT NULL CHECK (target_kind IN ('area', 'hotspot')),
    target_id        text COLLATE "C" NOT NULL,
    category_group   text COLLATE "C" NOT NULL,
    rank             integer NOT NULL CHECK (rank > 0),
    score            double precision NOT NULL,
    -- {"level": {"value": 3.1, "z": 2.2, "weight": 0.3}, ...}
    components       jsonb NOT NULL,
    -- Share of random weight draws (±25 %) in which the problem stays in the top N; NULL outside the top N.
    stability        double precision CHECK (stability BETWEEN 0 AND 1),
    reasons_sv       text[] NOT NULL,
    reasons_en       text[] NOT NULL,
    PRIMARY KEY (study_area_code, run_id, target_kind, target_id, category_group),
    FOREIGN KEY (study_area_code, run_id) REFERENCES analysis_run (study_area_code, id) ON DELETE CASCADE
);
CREATE INDEX run_priority_rank_idx ON run_priority (study_area_code, run_id, target_kind, rank);

-- The national reference table (geo reference load): events per 100,000 residents per event category group and
-- year for every municipality, county and Sweden, from the police's public event feed and SCB's population.
CREATE TABLE reference_load (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source           text COLLATE "C" NOT NULL,
    events_file      text NOT NULL,
    events_sha256    char(64) CHECK (events_sha256 ~ '^[0-9a-f]{64}$'),
    population_file  text NOT NULL,
    population_year  integer NOT NULL,
    rows_read        bigint NOT NULL,
    rows_used        bigint NOT NULL,
    -- {"unmatched_location": 12, "unmapped_type": 3, ...}
    rows_left_out    jsonb NOT NULL DEFAULT '{}',
    loaded_by        text NOT NULL,
    loaded_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reference_rate (
    source          text COLLATE "C" NOT NULL,
    level           text NOT NULL CHECK (level IN ('municipality', 'county', 'country')),
    code            text COLLATE "C" NOT NULL,
    name            text NOT NULL,
    county_code     text COLLATE "C",
    year            integer NOT NULL,
    -- A category group of the taxonomy, or 'total'.
    category_group  text COLLATE "C" NOT NULL,
    events          integer NOT NULL CHECK (events >= 0),
    population      integer NOT NULL CHECK (population > 0),
    -- Days of the year the feed covers (a partly covered first or last year has fewer than 365).
    days_covered    integer NOT NULL CHECK (days_covered BETWEEN 1 AND 366),
    per_100000      double precision NOT NULL,
    -- per_100000 scaled to a whole year: per_100000 * days_in_year / days_covered.
    per_100000_year double precision NOT NULL,
    load_id         bigint NOT NULL REFERENCES reference_load (id) ON DELETE CASCADE,
    PRIMARY KEY (source, level, code, year, category_group)
);
