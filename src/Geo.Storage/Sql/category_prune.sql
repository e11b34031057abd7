-- Deletes categories that are no longer built in and that nothing uses (no incident, mapping or child).
DELETE FROM category c
WHERE NOT (c.code = ANY ($1::text[]))
  AND NOT EXISTS (SELECT 1 FROM category ch WHERE ch.parent = c.code)
  AND NOT EXISTS (SELECT 1 FROM category_mapping m WHERE m.category = c.code)
  AND NOT EXISTS (SELECT 1 FROM study_area s JOIN incident i ON i.study_area_code = s.code AND i.category = c.code)
