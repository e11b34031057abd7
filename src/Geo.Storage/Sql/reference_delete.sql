-- $1 source. Removes the reference table of one source: its rates and its loads (one statement).
WITH rates AS (DELETE FROM reference_rate WHERE source = $1)
DELETE FROM reference_load WHERE source = $1
