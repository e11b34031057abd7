-- $1 study area code. Serialises the imports of one study area until the caller's transaction ends: taken at the start
-- of every import (see StudyAreaImportLock, which says who holds it while waiting) and again by the incident merge,
-- which makes its plain UPDATE + INSERT safe against a concurrent load of the same keys. Re-entrant in one session.
SELECT pg_advisory_xact_lock(hashtextextended('geo.import.' || $1, 0))
