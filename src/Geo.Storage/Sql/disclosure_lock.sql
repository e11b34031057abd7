-- $1 study area code. Serialises the releases of one study area (until the transaction ends), so that each reads the
-- ledger with every earlier release in it.
SELECT pg_advisory_xact_lock(hashtext('geo.disclosure_release'), hashtext($1))
