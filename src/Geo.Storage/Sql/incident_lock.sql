-- $1 study area code. Serialises incident loads of one study area until the caller's transaction ends,
-- which makes the plain UPDATE + INSERT merge below safe against a concurrent load of the same keys.
SELECT pg_advisory_xact_lock(hashtextextended('geo.incident-load.' || $1, 0))
