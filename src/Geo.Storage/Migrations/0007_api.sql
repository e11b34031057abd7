-- The HTTP service (geo serve): API keys and the audit log.
-- A key is shown once when created (geo keys create) and stored only as its SHA-256 hash: keys are 256 random bits,
-- so a fast hash is enough (there is nothing to brute-force), and a lookup is one index probe. The prefix (the key's
-- first characters, not secret) lets a user tell keys apart in geo keys list.
CREATE TABLE api_key (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (name <> '' AND length(name) <= 100),
    role        text NOT NULL CHECK (role IN ('analyst', 'coordinator', 'partner')),
    prefix      text NOT NULL,
    key_hash    bytea NOT NULL CHECK (length(key_hash) = 32),
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz,
    last_used_at timestamptz,
    CONSTRAINT api_key_hash_key UNIQUE (key_hash)
);

-- Every request that returns data (and every refused one): who (the key's id and name, no personal data), the role,
-- what (method, path, a short description), when, and how many rows or tiles. Append-only; written in batches by the
-- service. The key id is kept without a foreign key so that the log outlives a revoked or deleted key.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    key_id      bigint,
    key_name    text,
    role        text,
    method      text NOT NULL,
    path        text NOT NULL,
    what        text,
    rows        bigint,
    status      integer NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_key_idx ON audit_log (key_id, at);
