-- Geo schema, version 1.
-- Every large table starts its keys with study_area_code: the future partition / distribution key.
-- Codes and identifiers use COLLATE "C" (byte order): cheaper index maintenance than a linguistic collation.
-- Geometries are stored in the study area's working CRS; the SRID of every geometry must equal
-- study_area.srid (checked by statement-level triggers at the end of this file, which cost one
-- pass over the changed rows rather than a lookup per row).

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE study_area (
    code        text COLLATE "C" PRIMARY KEY CHECK (code <> ''),
    name        text NOT NULL,
    boundary    geometry(MultiPolygon) NOT NULL,
    srid        integer NOT NULL CHECK (srid > 0),
    time_zone   text NOT NULL DEFAULT 'Europe/Stockholm',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT study_area_boundary_srid CHECK (ST_SRID(boundary) = srid),
    CONSTRAINT study_area_boundary_valid CHECK (ST_IsValid(boundary) AND NOT ST_IsEmpty(boundary))
);
CREATE INDEX study_area_boundary_gix ON study_area USING gist (boundary);

CREATE TABLE category (
    code      text COLLATE "C" PRIMARY KEY CHECK (code <> ''),
    parent    text COLLATE "C" REFERENCES category (code),
    label_sv  text NOT NULL,
    label_en  text NOT NULL
);

CREATE TABLE category_mapping (
    source       text COLLATE "C" NOT NULL,
    source_code  text COLLATE "C" NOT NULL,
    category     text COLLATE "C" NOT NULL REFERENCES category (code),
    PRIMARY KEY (source, source_code)
);

CREATE TABLE import_batch (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    study_area_code        text COLLATE "C" NOT NULL REFERENCES study_area (code),
    kind                   text NOT NULL CHECK (kind IN ('incidents', 'resources', 'areas', 'study_area')),
    file_name              text NOT NULL,
    sha256                 char(64) CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    source                 text NOT NULL,
    mapping                text,
    rows_read              bigint NOT NULL DEFAULT 0,
    rows_loaded            bigint NOT NULL DEFAULT 0,
    rows_rejected          bigint NOT NULL DEFAULT 0,
    rows_new               bigint NOT NULL DEFAULT 0,
    rows_updated           bigint NOT NULL DEFAULT 0,
    rows_unchanged         bigint NOT NULL DEFAULT 0,
    rows_without_location  bigint NOT NULL DEFAULT 0,
    started_at             timestamptz NOT NULL DEFAULT now(),
    finished_at            timestamptz,
    imported_by            text NOT NULL
);
CREATE INDEX import_batch_study_area_idx ON import_batch (study_area_code, id);

-- incident has no FOREIGN KEY constraints: per-row RI triggers cost ~4 s per million rows each.
-- The same integrity is enforced set-based: geo_check_incident() runs once per statement over the
-- changed rows (study area, category and import batch exist; SRID matches), and BEFORE DELETE/UPDATE
-- triggers on study_area, category and import_batch refuse to orphan incidents.
CREATE TABLE incident (
    study_area_code     text COLLATE "C" NOT NULL,
    id                  bigint GENERATED ALWAYS AS IDENTITY (CACHE 1000),
    source              text COLLATE "C" NOT NULL,
    source_id           text COLLATE "C" NOT NULL,
    category            text COLLATE "C" NOT NULL,
    source_category     text,
    occurred_at         timestamptz NOT NULL,
    time_precision      text NOT NULL CHECK (time_precision IN ('minute', 'hour', 'day', 'month', 'year')),
    geom                geometry(Point),
    location_precision  text NOT NULL CHECK (location_precision IN ('exact', 'address', 'street_segment', 'area_centroid', 'withheld')),
    attributes          jsonb,
    import_batch_id     bigint,
    PRIMARY KEY (study_area_code, id),
    CONSTRAINT incident_source_key UNIQUE (study_area_code, source, source_id),
    -- A missing point is allowed for any precision (coordinates absent in the file); withheld implies no point.
    CONSTRAINT incident_withheld_has_no_point CHECK (location_precision <> 'withheld' OR geom IS NULL)
);
CREATE INDEX incident_geom_gix ON incident USING gist (geom);
CREATE INDEX incident_category_time_idx ON incident (study_area_code, category, occurred_at);

CREATE TABLE resource (
    study_area_code  text COLLATE "C" NOT NULL REFERENCES study_area (code),
    id               bigint GENERATED ALWAYS AS IDENTITY,
    source           text COLLATE "C" NOT NULL,
    source_id        text COLLATE "C" NOT NULL,
    type             text COLLATE "C" NOT NULL,
    name             text,
    geom             geometry NOT NULL,
    owner_agency     text,
    opening_hours    text,
    capacity         integer CHECK (capacity >= 0),
    notes            text,
    attributes       jsonb,
    import_batch_id  bigint REFERENCES import_batch (id),
    PRIMARY KEY (study_area_code, id),
    CONSTRAINT resource_source_key UNIQUE (study_area_code, source, source_id),
    CONSTRAINT resource_geom_type CHECK (GeometryType(geom) IN ('POINT', 'MULTIPOINT', 'LINESTRING', 'MULTILINESTRING', 'POLYGON', 'MULTIPOLYGON')),
    CONSTRAINT resource_geom_valid CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom))
);
CREATE INDEX resource_geom_gix ON resource USING gist (geom);
CREATE INDEX resource_type_idx ON resource (study_area_code, type);
CREATE INDEX resource_import_batch_idx ON resource (import_batch_id);

CREATE TABLE area_set (
    study_area_code  text COLLATE "C" NOT NULL REFERENCES study_area (code),
    name             text COLLATE "C" NOT NULL CHECK (name <> ''),
    kind             text NOT NULL CHECK (kind IN ('deso', 'regso', 'district', 'custom')),
    valid_from       date,
    valid_to         date,
    PRIMARY KEY (study_area_code, name),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);

CREATE TABLE area (
    study_area_code    text COLLATE "C" NOT NULL,
    area_set           text COLLATE "C" NOT NULL,
    code               text COLLATE "C" NOT NULL CHECK (code <> ''),
    name               text,
    geom               geometry(MultiPolygon) NOT NULL,
    population         integer CHECK (population >= 0),
    population_by_age  jsonb,
    attributes         jsonb,
    import_batch_id    bigint REFERENCES import_batch (id),
    PRIMARY KEY (study_area_code, area_set, code),
    FOREIGN KEY (study_area_code, area_set) REFERENCES area_set (study_area_code, name),
    CONSTRAINT area_geom_valid CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom))
);
CREATE INDEX area_geom_gix ON area USING gist (geom);
CREATE INDEX area_import_batch_idx ON area (import_batch_id);

-- SRID integrity of resource and area. One check per statement over the transition table: the
-- changed rows' distinct (study_area_code, SRID) pairs joined to study_area.
CREATE FUNCTION geo_check_geom_srid() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    bad record;
BEGIN
    SELECT n.study_area_code, n.srid AS geom_srid, s.srid AS area_srid INTO bad
    FROM (SELECT DISTINCT study_area_code, ST_SRID(geom) AS srid FROM new_rows WHERE geom IS NOT NULL) n
    JOIN study_area s ON s.code = n.study_area_code
    WHERE n.srid <> s.srid
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'geometry SRID % does not match SRID % of study area % (table %)',
            bad.geom_srid, bad.area_srid, bad.study_area_code, TG_TABLE_NAME
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION geo_check_incident() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    bad_area text;
    bad_category text;
    bad_batch bigint;
    bad_srid text;
BEGIN
    -- One pass over the changed rows, reduced to their few distinct keys, then small lookups.
    WITH k AS MATERIALIZED (
        SELECT DISTINCT study_area_code, category, import_batch_id, ST_SRID(geom) AS srid FROM new_rows
    )
    SELECT
        (SELECT k.study_area_code FROM k WHERE NOT EXISTS (SELECT 1 FROM study_area s WHERE s.code = k.study_area_code) LIMIT 1),
        (SELECT k.category FROM k WHERE NOT EXISTS (SELECT 1 FROM category c WHERE c.code = k.category) LIMIT 1),
        (SELECT k.import_batch_id FROM k WHERE k.import_batch_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = k.import_batch_id) LIMIT 1),
        (SELECT format('geometry SRID %s does not match SRID %s of study area %s (table incident)', k.srid, s.srid, k.study_area_code) FROM k JOIN study_area s ON s.code = k.study_area_code
            WHERE k.srid IS NOT NULL AND k.srid <> s.srid LIMIT 1)
    INTO bad_area, bad_category, bad_batch, bad_srid;

    IF bad_area IS NOT NULL THEN
        RAISE EXCEPTION 'incident refers to unknown study area %', bad_area USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF bad_category IS NOT NULL THEN
        RAISE EXCEPTION 'incident refers to unknown category %', bad_category USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF bad_batch IS NOT NULL THEN
        RAISE EXCEPTION 'incident refers to unknown import batch %', bad_batch USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF bad_srid IS NOT NULL THEN
        RAISE EXCEPTION '%', bad_srid USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER incident_check_insert AFTER INSERT ON incident
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION geo_check_incident();
CREATE TRIGGER incident_check_update AFTER UPDATE ON incident
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION geo_check_incident();

-- Parents of incidents may not disappear (or change key) while incidents refer to them.
CREATE FUNCTION geo_protect_study_area() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM incident WHERE study_area_code = OLD.code) THEN
        RAISE EXCEPTION 'study area % still has incidents', OLD.code USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END $$;

CREATE FUNCTION geo_protect_category() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.code = OLD.code THEN
            RETURN NEW;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM study_area s JOIN incident i ON i.study_area_code = s.code AND i.category = OLD.code) THEN
        RAISE EXCEPTION 'category % is used by incidents', OLD.code USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

CREATE FUNCTION geo_protect_import_batch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id = OLD.id THEN
            RETURN NEW;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM incident WHERE study_area_code = OLD.study_area_code AND import_batch_id = OLD.id) THEN
        RAISE EXCEPTION 'import batch % is referred to by incidents', OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER study_area_protect BEFORE DELETE ON study_area
    FOR EACH ROW EXECUTE FUNCTION geo_protect_study_area();
CREATE TRIGGER category_protect BEFORE DELETE OR UPDATE OF code ON category
    FOR EACH ROW EXECUTE FUNCTION geo_protect_category();
CREATE TRIGGER import_batch_protect BEFORE DELETE OR UPDATE OF id ON import_batch
    FOR EACH ROW EXECUTE FUNCTION geo_protect_import_batch();
CREATE TRIGGER resource_srid_insert AFTER INSERT ON resource
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION geo_check_geom_srid();
CREATE TRIGGER resource_srid_update AFTER UPDATE ON resource
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION geo_check_geom_srid();
CREATE TRIGGER area_srid_insert AFTER INSERT ON area
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION geo_check_geom_srid();
CREATE TRIGGER area_srid_update AFTER UPDATE ON area
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION geo_check_geom_srid();

-- A study area's SRID may only change while it holds no geometries.
CREATE FUNCTION geo_check_study_area_srid_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.srid <> OLD.srid AND (
        EXISTS (SELECT 1 FROM incident WHERE study_area_code = OLD.code AND geom IS NOT NULL)
        OR EXISTS (SELECT 1 FROM resource WHERE study_area_code = OLD.code)
        OR EXISTS (SELECT 1 FROM area WHERE study_area_code = OLD.code)) THEN
        RAISE EXCEPTION 'study area % holds geometries in SRID %: its SRID cannot change to %', OLD.code, OLD.srid, NEW.srid
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER study_area_srid_change BEFORE UPDATE OF srid ON study_area
    FOR EACH ROW EXECUTE FUNCTION geo_check_study_area_srid_change();
