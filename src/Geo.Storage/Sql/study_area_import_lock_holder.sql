-- $1 study area code. Who holds the import lock of the study area: the session's application name (set by the import to
-- "geo import <kind> <file> by <user>"), its database user and when its transaction started. An advisory lock on a
-- bigint key is in pg_locks with the high half of the key in classid and the low half in objid, objsubid 1.
WITH k AS (SELECT hashtextextended('geo.import.' || $1, 0) AS key)
SELECT a.application_name, a.usename AS user_name, a.xact_start AS started, a.pid
FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
CROSS JOIN k
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.classid = ((k.key >> 32) & 4294967295)::oid
  AND l.objid = (k.key & 4294967295)::oid
LIMIT 1
