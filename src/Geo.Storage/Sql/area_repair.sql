UPDATE geo_area_stage SET geom = geo_make_valid(geom) WHERE NOT ST_IsValid(geom)
