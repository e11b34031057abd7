using Geo.Core.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Bulk loads incidents of one study area: a binary COPY into a temporary staging table, then one
/// set-based merge keyed on (study_area_code, source, source_id). The caller owns the connection
/// and its transaction; nothing is visible to others before the caller commits.
/// </summary>
/// <remarks>
/// A point without SRID takes the study area's SRID; a point in another SRID is refused by the
/// database at the merge. A withheld incident is stored without point even if one is given.
/// </remarks>
public sealed class IncidentLoader : IAsyncDisposable
{
    private const string Columns = "row_no, source, source_id, category, source_category, occurred_at, time_precision, geom, location_precision, attributes";

    private readonly StagingCopy _stage;
    private readonly StudyArea _studyArea;
    private readonly NpgsqlBinaryImporter _importer;
    private readonly KeyBloomFilter _keys = new(); // constant memory: a HashSet of every key cost ~40 bytes a row
    private bool _maybeDuplicates;

    /// <summary>
    /// A load of at least this many rows that is also at least a quarter of the table drops the GIST and
    /// category/time indexes and rebuilds them after the merge: a sorted rebuild costs ~1.5-2 s per million
    /// table rows each, incremental insertion ~8 s (GIST) and ~5 s (btree) per million new rows (2 cores).
    /// The drop holds an exclusive lock on incident until the caller commits.
    /// </summary>
    internal const long RebuildIndexMinRows = 100_000;

    private IncidentLoader(StagingCopy stage, StudyArea studyArea)
    {
        _stage = stage;
        _studyArea = studyArea;
        _importer = stage.Importer;
    }

    /// <summary>Creates the staging table and starts the COPY, on a connection with an open transaction.</summary>
    public static async Task<IncidentLoader> BeginAsync(NpgsqlConnection connection, StudyArea studyArea, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(studyArea);
        var stage = await StagingCopy.BeginAsync(connection, "geo_incident_stage", "incident_stage_create", Columns, ct).ConfigureAwait(false);
        return new IncidentLoader(stage, studyArea);
    }

    /// <summary>Rows added so far (duplicates included).</summary>
    public long Count { get; private set; }

    /// <summary>Rows added without a point (withheld or missing).</summary>
    public long WithoutLocation { get; private set; }

    /// <summary>Writes one staging row; <paramref name="row"/> orders duplicates (the highest wins).</summary>
    public void Add(Incident incident, long row)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var imp = _importer;
        imp.StartRow();
        imp.Write(row, NpgsqlDbType.Bigint);
        if (!_maybeDuplicates && _keys.Add(KeyHash.Of(incident.Source, incident.SourceId))) _maybeDuplicates = true;
        imp.Write(incident.Source, NpgsqlDbType.Text);
        imp.Write(incident.SourceId, NpgsqlDbType.Text);
        imp.Write(incident.Category, NpgsqlDbType.Text);
        if (incident.SourceCategory is null) imp.WriteNull();
        else imp.Write(incident.SourceCategory, NpgsqlDbType.Text);
        imp.Write(incident.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        imp.Write(DbNames.Of(incident.TimePrecision), NpgsqlDbType.Text);
        var p = incident.Location;
        if (p is null || p.IsEmpty || incident.LocationPrecision == LocationPrecision.Withheld)
        {
            imp.WriteNull();
            WithoutLocation++;
        }
        else
        {
            // Staged as bytea bytes into a geometry column: PostGIS' binary input reads (E)WKB.
            imp.Write(Ewkb.Point(p.X, p.Y, p.SRID == 0 ? _studyArea.Srid : p.SRID), NpgsqlDbType.Bytea);
        }
        imp.Write(DbNames.Of(incident.LocationPrecision), NpgsqlDbType.Text);
        if (incident.Attributes is null) imp.WriteNull();
        else imp.Write(incident.Attributes, NpgsqlDbType.Jsonb);
        Count++;
    }

    /// <summary>Ends the COPY and merges the staged rows; returns new / updated / unchanged counts.</summary>
    public Task<MergeCounts> CompleteAndMergeAsync(long importBatchId, CancellationToken ct = default) =>
        _stage.CompleteAndRunAsync(async (c, t) =>
        {
            // The merge, set-based throughout: lock the study area's loads, drop in-file duplicates (only
            // when some key hash repeated), drop rows identical to stored ones, update the changed ones,
            // insert the new ones. See the Sql/incident_*.sql files for why it is not one INSERT ... ON CONFLICT.
            _keys.Release();
            await ExecAsync(c, SqlResources.Get("incident_lock"), t, _studyArea.Code).ConfigureAwait(false);
            var staged = Count;
            if (_maybeDuplicates) staged -= await ExecAsync(c, SqlResources.Get("incident_dedupe"), t).ConfigureAwait(false);
            var unchanged = await ExecAsync(c, SqlResources.Get("incident_drop_unchanged"), t, _studyArea.Code).ConfigureAwait(false);
            var changes = staged - unchanged;
            var rebuild = changes >= RebuildIndexMinRows && changes * 4 >= await EstimatedRowsAsync(c, t).ConfigureAwait(false);
            if (rebuild) await ExecAsync(c, SqlResources.Get("incident_indexes_drop"), t).ConfigureAwait(false);
            var updated = changes == 0 ? 0 : await ExecAsync(c, SqlResources.Get("incident_update"), t, _studyArea.Code, importBatchId).ConfigureAwait(false);
            var inserted = changes == updated ? 0 : await ExecAsync(c, SqlResources.Get("incident_insert"), t, _studyArea.Code, importBatchId).ConfigureAwait(false);
            if (rebuild)
            {
                await ExecAsync(c, SqlResources.Get("incident_indexes_create"), t).ConfigureAwait(false);
                // Fresh statistics, so the next merge plans its joins for the table's real size.
                await ExecAsync(c, "ANALYZE incident", t).ConfigureAwait(false);
            }
            return new MergeCounts(inserted, updated, staged - inserted - updated);
        }, ct);

    private static async Task<long> ExecAsync(NpgsqlConnection c, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<long> EstimatedRowsAsync(NpgsqlConnection c, CancellationToken ct)
    {
        // reltuples is -1 before the first VACUUM/ANALYZE; fall back to the heap size in pages.
        await using var cmd = new NpgsqlCommand(
            "SELECT CASE WHEN reltuples >= 0 THEN reltuples::bigint ELSE pg_relation_size(oid) / 8192 * 60 END FROM pg_class WHERE oid = 'incident'::regclass", c);
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Cancels an unfinished COPY; roll back the transaction afterwards.</summary>
    public ValueTask DisposeAsync() => _stage.DisposeAsync();
}
