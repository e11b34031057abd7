-- $1 run id (unused but for the common signature). The main category groups' labels.
SELECT c.code, c.label_sv, c.label_en FROM category c WHERE c.parent IS NULL AND $1::bigint IS NOT NULL ORDER BY c.code
