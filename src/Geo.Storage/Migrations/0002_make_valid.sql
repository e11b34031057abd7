-- geo_make_valid: ST_MakeValid keeping only parts of the input's dimension (a repaired polygon stays
-- polygonal, a repaired line stays linear); valid input is returned unchanged.
CREATE FUNCTION geo_make_valid(g geometry) RETURNS geometry
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN ST_IsValid(g) THEN g
                ELSE ST_CollectionExtract(ST_MakeValid(g), ST_Dimension(g) + 1) END
$$;
