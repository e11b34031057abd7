using Geo.Core.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// Bulk loads incidents of one study area: a binary COPY into a temporary staging table, then one set-based merge keyed on
/// (study_area_code, source, source_id). The caller owns the connection and its transaction.
/// </summary>
/// <remarks>
/// A point without SRID takes the study area's SRID; a point in another SRID is refused by the database at the merge. A
/// withheld incident is stored without point even if one is given.
/// </remarks>
public sealed class IncidentLoader : StagingLoader<Incident>
{
    private readonly KeyBloomFilter _keys = new(); // constant memory: a HashSet of every key cost ~40 bytes a row
    private bool _maybeDuplicates;

    /// <summary>
    /// A load of at least this many changed rows that is also at least half the table drops the GIST and category/time
    /// indexes, and for its INSERT also the two keys, and rebuilds them after the merge. Measured on 2 cores (2026-11-26):
    /// keeping the four up to date costs ~25 µs per inserted row (148,636 rows inserted in 4.2 s with them, 0.46 s without),
    /// rebuilding them ~8 µs per table row (1.2 s for 148,636), so the rebuild pays from about half the table's size on
    /// (an 86,314-row load into a 131,000-row table took the same time both ways). The drop holds an exclusive lock on
    /// incident until the caller commits.
    /// </summary>
    internal const long RebuildIndexMinRows = 20_000;

    private IncidentLoader(NpgsqlConnection connection, StudyArea studyArea) : base(connection, studyArea, "incident") { }

    /// <summary>Creates the staging table and starts the COPY, on a connection with an open transaction.</summary>
    public static Task<IncidentLoader> BeginAsync(NpgsqlConnection connection, StudyArea studyArea, CancellationToken ct = default)
        => StartAsync(new IncidentLoader(connection, studyArea), ct);

    /// <inheritdoc />
    protected override string KeyColumns => "source, source_id";

    /// <inheritdoc />
    protected override string KeyText => "source_id";

    /// <summary>Only when some key hash repeated in the Bloom filter (constant memory) can the load hold duplicates.</summary>
    protected override bool MayHaveDuplicates => _maybeDuplicates;

    /// <inheritdoc />
    protected override string Columns => "source, source_id, category, source_category, occurred_at, time_precision, geom, location_precision, attributes";

    /// <summary>Rows added without a point (withheld or missing).</summary>
    public long WithoutLocation { get; private set; }

    /// <inheritdoc />
    protected override void WriteRow(NpgsqlBinaryImporter imp, Incident incident)
    {
        if (!_maybeDuplicates && _keys.Add(KeyHash.Of(incident.Source, incident.SourceId))) _maybeDuplicates = true;
        imp.Write(incident.Source, NpgsqlDbType.Text);
        imp.Write(incident.SourceId, NpgsqlDbType.Text);
        imp.Write(incident.Category, NpgsqlDbType.Text);
        WriteText(imp, incident.SourceCategory);
        imp.Write(incident.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        imp.Write(incident.TimePrecision.Code(), NpgsqlDbType.Text);
        var p = incident.Location;
        if (p is null || p.IsEmpty || incident.LocationPrecision == LocationPrecision.Withheld)
        {
            imp.WriteNull();
            WithoutLocation++;
        }
        else
        {
            // Through Npgsql's NTS type handler, like every other geometry. The hand-encoded 25-byte EWKB point it
            // replaced was not measurably faster: in alternating runs of the 1M-row import benchmark (2026-11-26) the new
            // import took 23.4/23.2 s with EWKB and 20.1/26.8 s with NTS, the 10%-changed re-import 9.9/13.8 s and
            // 11.1/11.6 s; the database's writes dominate and vary more than the encoding.
            WriteGeometry(imp, p);
        }
        imp.Write(incident.LocationPrecision.Code(), NpgsqlDbType.Text);
        WriteJson(imp, incident.Attributes);
    }

    /// <inheritdoc />
    protected override async Task<MergeCounts> MergeAsync(NpgsqlConnection c, long importBatchId, CancellationToken ct)
    {
        // The merge, set-based throughout: lock the study area's loads, drop rows identical to stored ones, update the
        // changed ones, insert the new ones. In-file duplicates were resolved before (CollapseDuplicatesAsync). See the
        // Sql/incident_*.sql files for why it is not one INSERT ... ON CONFLICT.
        _keys.Release();
        var code = StudyArea.Code;
        await ExecAsync(SqlResources.Get("study_area_import_lock"), ct, code).ConfigureAwait(false);
        var staged = Count;
        var unchanged = await ExecAsync(SqlResources.Get("incident_drop_unchanged"), ct, code).ConfigureAwait(false);
        var changes = staged - unchanged;
        var rebuild = changes >= RebuildIndexMinRows && changes * 2 >= await EstimatedRowsAsync(c, ct).ConfigureAwait(false);
        if (rebuild) await ExecAsync(SqlResources.Get("incident_indexes_drop"), ct).ConfigureAwait(false);
        var updated = changes == 0 ? 0 : await ExecAsync(SqlResources.Get("incident_update"), ct, code, importBatchId).ConfigureAwait(false);
        var inserted = 0;
        if (changes > updated)
        {
            if (rebuild) await ExecAsync(SqlResources.Get("incident_keys_drop"), ct).ConfigureAwait(false);
            inserted = await ExecAsync(SqlResources.Get("incident_insert"), ct, code, importBatchId).ConfigureAwait(false);
            if (rebuild) await ExecAsync(SqlResources.Get("incident_keys_create"), ct).ConfigureAwait(false);
        }
        if (rebuild)
        {
            await ExecAsync(SqlResources.Get("incident_indexes_create"), ct).ConfigureAwait(false);
            // Fresh statistics of the merge's join keys, so the next merge plans its joins for the table's real size (the
            // index builds have already set its row count). A column list keeps this at a quarter of a full ANALYZE and
            // leaves the change counter alone, so autovacuum still analyses the other columns soon.
            await ExecAsync("ANALYZE incident (study_area_code, source, source_id)", ct).ConfigureAwait(false);
        }
        return new MergeCounts(inserted, updated, staged - inserted - updated);
    }

    private static async Task<long> EstimatedRowsAsync(NpgsqlConnection c, CancellationToken ct)
    {
        // reltuples is -1 before the first VACUUM/ANALYZE; fall back to the heap size in pages.
        await using var cmd = new NpgsqlCommand(
            "SELECT CASE WHEN reltuples >= 0 THEN reltuples::bigint ELSE pg_relation_size(oid) / 8192 * 60 END FROM pg_class WHERE oid = 'incident'::regclass", c);
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }
}
