-- One protect-trigger function instead of three near-copies (geo_protect_study_area, geo_protect_category,
-- geo_protect_import_batch): a row that incidents refer to may not be deleted, nor may its key change.
-- Arguments of each trigger: TG_ARGV[0] the key column of the protected row (an UPDATE that keeps it passes);
-- TG_ARGV[1] a query that finds an incident still referring to the old row, given as $1 (written per table so that it
-- uses incident's indexes); TG_ARGV[2] the error message, with %s for the key.
CREATE FUNCTION geo_protect_referenced() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    used boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) -> TG_ARGV[0]) = (to_jsonb(OLD) -> TG_ARGV[0]) THEN
        RETURN NEW;
    END IF;
    EXECUTE format('SELECT EXISTS (%s)', TG_ARGV[1]) INTO used USING OLD;
    IF used THEN
        RAISE EXCEPTION '%', format(TG_ARGV[2], to_jsonb(OLD) ->> TG_ARGV[0]) USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;

DROP TRIGGER study_area_protect ON study_area;
DROP TRIGGER category_protect ON category;
DROP TRIGGER import_batch_protect ON import_batch;
DROP FUNCTION geo_protect_study_area();
DROP FUNCTION geo_protect_category();
DROP FUNCTION geo_protect_import_batch();

CREATE TRIGGER study_area_protect BEFORE DELETE OR UPDATE OF code ON study_area
    FOR EACH ROW EXECUTE FUNCTION geo_protect_referenced(
        'code',
        'SELECT 1 FROM incident WHERE study_area_code = ($1).code',
        'study area %s still has incidents');
CREATE TRIGGER category_protect BEFORE DELETE OR UPDATE OF code ON category
    FOR EACH ROW EXECUTE FUNCTION geo_protect_referenced(
        'code',
        'SELECT 1 FROM study_area s JOIN incident i ON i.study_area_code = s.code AND i.category = ($1).code',
        'category %s is used by incidents');
CREATE TRIGGER import_batch_protect BEFORE DELETE OR UPDATE OF id ON import_batch
    FOR EACH ROW EXECUTE FUNCTION geo_protect_referenced(
        'id',
        'SELECT 1 FROM incident WHERE study_area_code = ($1).study_area_code AND import_batch_id = ($1).id',
        'import batch %s is referred to by incidents');
