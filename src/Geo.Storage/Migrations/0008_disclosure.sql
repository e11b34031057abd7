-- Disclosure control of exports and of everything else a coordinator or partner receives (geo export, the API).
-- k per study area: counts from 1 to k − 1 are suppressed for every role but the analyst's.
ALTER TABLE study_area ADD COLUMN suppress_below integer NOT NULL DEFAULT 5 CHECK (suppress_below BETWEEN 1 AND 1000);

-- The ledger of releases: the suppression pattern given out for a run at a threshold, decided once and kept, so that a
-- later release (another run with a period that overlaps or nests) is checked against what was already given out.
-- No foreign key to analysis_run: the ledger outlives a deleted run (what was released stays released).
CREATE TABLE disclosure_release (
    study_area_code  text COLLATE "C" NOT NULL REFERENCES study_area (code),
    run_id           bigint NOT NULL,
    threshold        integer NOT NULL CHECK (threshold >= 2),
    -- The run's categories, sorted and joined with ',' ('' = every category): only releases of the same categories are compared.
    categories_key   text NOT NULL,
    period_from      date NOT NULL,
    period_to        date NOT NULL,
    compare_from     date,
    compare_to       date,
    small_cells      integer NOT NULL,
    secondary_cells  integer NOT NULL,
    geo_version      text NOT NULL,
    made_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, threshold)
);
CREATE INDEX disclosure_release_area_idx ON disclosure_release (study_area_code, categories_key);

-- Every area count of a release: (area set, area, category group, period) with its value and status. Area set '*' with
-- area '*' is the study area.
CREATE TABLE disclosure_release_cell (
    run_id          bigint NOT NULL,
    threshold       integer NOT NULL,
    area_set        text COLLATE "C" NOT NULL,
    area_code       text COLLATE "C" NOT NULL,
    category_group  text COLLATE "C" NOT NULL,
    period_from     date NOT NULL,
    period_to       date NOT NULL,
    value           integer NOT NULL CHECK (value >= 0),
    status          text NOT NULL CHECK (status IN ('published', 'small', 'secondary', 'withheld')),
    PRIMARY KEY (run_id, threshold, area_set, area_code, category_group, period_from, period_to),
    FOREIGN KEY (run_id, threshold) REFERENCES disclosure_release (run_id, threshold) ON DELETE CASCADE
);
CREATE INDEX disclosure_release_cell_key_idx ON disclosure_release_cell (area_set, area_code, category_group);
