-- Åtgärdsplaner (action plans, geo plan): drafted from a stored analysis run in Brå's template, then edited by the
-- municipality (status, responsible, deadline, notes, follow-up status) with every edit kept in plan_row_event.
-- Keys start with study_area_code as on every large table. A plan row stores its indicator completely (code, category
-- group, the problem's polygon in the study area's SRID, week window, baseline and its period) so that a later run can
-- recount it although hotspot ids differ between runs.

CREATE TABLE plan (
    study_area_code   text COLLATE "C" NOT NULL REFERENCES study_area (code),
    id                bigint GENERATED ALWAYS AS IDENTITY,
    -- The run the plan was (last) drafted from. A run a plan refers to cannot be deleted (RESTRICT; geo runs delete
    -- says which plan holds it).
    run_id            bigint NOT NULL,
    title             text NOT NULL,
    lang              text NOT NULL CHECK (lang IN ('sv', 'en')),
    top_n             integer NOT NULL CHECK (top_n > 0),
    review_date       date NOT NULL,
    based_on_plan_id  bigint,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (study_area_code, id),
    CONSTRAINT plan_id_key UNIQUE (id),
    CONSTRAINT plan_run_fkey FOREIGN KEY (study_area_code, run_id) REFERENCES analysis_run (study_area_code, id) ON DELETE RESTRICT,
    FOREIGN KEY (study_area_code, based_on_plan_id) REFERENCES plan (study_area_code, id)
);
CREATE INDEX plan_run_idx ON plan (study_area_code, run_id);

-- One row of the plan in Brå's template: problem → orsak (cause) → åtgärd (measure) → operativt mål (goal, indicator,
-- baseline) → när (deadline, review date) → vem (actor types, responsible) → uppföljning (follow-up status).
CREATE TABLE plan_row (
    study_area_code        text COLLATE "C" NOT NULL,
    plan_id                bigint NOT NULL,
    -- The row's number within its plan (1, 2, ...; never reused).
    row_id                 bigint NOT NULL CHECK (row_id > 0),
    position               integer NOT NULL,
    target_kind            text NOT NULL CHECK (target_kind IN ('area', 'hotspot')),
    target_id              text COLLATE "C" NOT NULL,
    category_group         text COLLATE "C" NOT NULL,
    problem_rank           integer NOT NULL,
    problem                text NOT NULL,
    cause                  text NOT NULL,
    cause_code             text NOT NULL,
    measure_id             text NOT NULL,
    measure                text NOT NULL,
    match_reason           text NOT NULL,
    match_score            double precision NOT NULL,
    kind                   text NOT NULL CHECK (kind IN ('situational', 'social')),
    work                   text NOT NULL CHECK (work IN ('engång', 'ordinarie')),
    horizon                text NOT NULL CHECK (horizon IN ('short', 'long')),
    goal                   text NOT NULL,
    indicator_code         text NOT NULL CHECK (indicator_code IN ('incidents', 'incidents_in_window', 'repeat_share', 'hot_cells', 'coverage_gap_share')),
    indicator_description  text NOT NULL,
    -- The problem's polygon (area or hotspot) in the study area's SRID: the follow-up recounts incidents within it.
    indicator_geom         geometry(MultiPolygon),
    -- The week window the indicator counts (incidents_in_window): {"first_day", "last_day", "start_hour", "end_hour",
    -- "share", "text_sv", "text_en"} with days Monday = 0; NULL for all hours.
    indicator_window       jsonb,
    baseline               double precision NOT NULL CHECK (baseline >= 0),
    baseline_from          date NOT NULL,
    baseline_to            date NOT NULL,
    -- The proposed change of the indicator: -0.2 is a 20 % reduction.
    goal_change            double precision NOT NULL,
    actors                 text[] NOT NULL,
    responsible            text,
    deadline               date,
    review_date            date NOT NULL,
    status                 text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'adopted', 'in_progress', 'done', 'rejected')),
    follow_up_status       text CHECK (follow_up_status IN ('green', 'yellow', 'red')),
    notes                  text,
    -- 1 as drafted; every edit adds 1 (optimistic concurrency). A row with version > 1 or status <> 'proposed' is the
    -- municipality's and a new draft never changes it.
    version                integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    updated_by             text NOT NULL,
    PRIMARY KEY (study_area_code, plan_id, row_id),
    FOREIGN KEY (study_area_code, plan_id) REFERENCES plan (study_area_code, id) ON DELETE CASCADE,
    CHECK (baseline_to >= baseline_from)
);

-- The history of the edits: one row per changed field of each edit (the row's version after the edit).
CREATE TABLE plan_row_event (
    study_area_code  text COLLATE "C" NOT NULL,
    plan_id          bigint NOT NULL,
    row_id           bigint NOT NULL,
    version          integer NOT NULL,
    field            text NOT NULL CHECK (field IN ('status', 'responsible', 'deadline', 'notes', 'follow_up_status')),
    old_value        text,
    new_value        text,
    changed_by       text NOT NULL,
    changed_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (study_area_code, plan_id, row_id, version, field),
    FOREIGN KEY (study_area_code, plan_id, row_id) REFERENCES plan_row (study_area_code, plan_id, row_id) ON DELETE CASCADE
);
