CREATE TABLE IF NOT EXISTS schema_migration (
    name        text PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT now()
)
