using Geo.Core.Domain;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Geo.Storage;

/// <summary>
/// The one skeleton of Geo's bulk loaders (incidents, resources, areas): a temporary staging table (ON COMMIT DROP,
/// created by <c>Sql/&lt;name&gt;_stage_create.sql</c>) fed by a binary COPY, one <see cref="Add"/> per row, then a
/// set-based merge with a larger <c>work_mem</c>. The caller owns the connection and its transaction; nothing is visible to
/// others before the caller commits.
/// </summary>
/// <typeparam name="T">The domain record loaded.</typeparam>
public abstract class StagingLoader<T> : IAsyncDisposable where T : class
{
    private readonly NpgsqlConnection _connection;
    private readonly string _table;
    private NpgsqlBinaryImporter? _importer;
    private bool _copied;

    /// <summary>Use <see cref="StartAsync"/> to create the table and start the COPY.</summary>
    protected StagingLoader(NpgsqlConnection connection, StudyArea studyArea, string name)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(studyArea);
        _connection = connection;
        StudyArea = studyArea;
        Name = name;
        _table = $"geo_{name}_stage";
    }

    /// <summary>The study area loaded into.</summary>
    protected StudyArea StudyArea { get; }

    /// <summary>The loader's name: incident, resource or area (its staging table is <c>geo_&lt;name&gt;_stage</c>).</summary>
    protected string Name { get; }

    /// <summary>The staged columns after <c>row_no</c>, in the order <see cref="WriteRow"/> writes them.</summary>
    protected abstract string Columns { get; }

    /// <summary>Rows staged: added so far, less those removed as duplicates.</summary>
    public long Count { get; private set; }

    /// <summary>Starts <paramref name="loader"/> (see <see cref="StartAsync(CancellationToken)"/>) and returns it.</summary>
    protected static async Task<TLoader> StartAsync<TLoader>(TLoader loader, CancellationToken ct) where TLoader : StagingLoader<T>
    {
        await loader.StartAsync(ct).ConfigureAwait(false);
        return loader;
    }

    /// <summary>Creates the staging table and starts the binary COPY; needs an open connection with a transaction.</summary>
    protected async Task StartAsync(CancellationToken ct)
    {
        if (_connection.FullState != System.Data.ConnectionState.Open)
            throw new InvalidOperationException("The loader needs an open connection with a transaction begun on it.");
        await ExecAsync(SqlResources.Get($"{Name}_stage_create"), ct).ConfigureAwait(false);
        try
        {
            _importer = await _connection.BeginBinaryImportAsync($"COPY {_table} (row_no, {Columns}) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // ON COMMIT DROP outside a transaction block drops the table at once.
            throw new InvalidOperationException("The loader needs a transaction: call connection.BeginTransactionAsync() before BeginAsync.", e);
        }
    }

    /// <summary>Writes one staging row; <paramref name="row"/> (the file's row number) orders duplicates: the highest wins.</summary>
    public void Add(T value, long row)
    {
        ArgumentNullException.ThrowIfNull(value);
        var imp = _importer ?? throw new InvalidOperationException("The load has already been completed.");
        imp.StartRow();
        imp.Write(row, NpgsqlDbType.Bigint);
        WriteRow(imp, value);
        Count++;
    }

    /// <summary>Writes the <see cref="Columns"/> of one row.</summary>
    protected abstract void WriteRow(NpgsqlBinaryImporter importer, T value);

    /// <summary>Merges the staged rows into the table (on the caller's transaction); returns new / updated / unchanged.</summary>
    protected abstract Task<MergeCounts> MergeAsync(NpgsqlConnection connection, long importBatchId, CancellationToken ct);

    /// <summary>The columns that identify a row (the table's natural key without the study area): "source, source_id" or "code".</summary>
    protected abstract string KeyColumns { get; }

    /// <summary>The key's text for messages, as an SQL expression over the staging table.</summary>
    protected abstract string KeyText { get; }

    /// <summary>Whether rows with the same key may have been staged (when false, <see cref="DuplicatesAsync"/> finds none without asking).</summary>
    protected virtual bool MayHaveDuplicates => true;

    /// <summary>Ends the COPY and analyses the staging table; then duplicates can be found and the rows merged.</summary>
    public async Task CompleteCopyAsync(CancellationToken ct = default)
    {
        var importer = _importer ?? throw new InvalidOperationException("The copy has already been completed.");
        await importer.CompleteAsync(ct).ConfigureAwait(false);
        await importer.DisposeAsync().ConfigureAwait(false);
        _importer = null;
        _copied = true;
        await ExecAsync($"ANALYZE {_table} ({KeyColumns})", ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The staged rows whose key repeats an earlier row's, in row order, each with the first and the last row of its key
    /// (one sort of the staging table: O(n log n), whatever the number of repeats).
    /// </summary>
    public async IAsyncEnumerable<StagedDuplicate> DuplicatesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        RequireCopied();
        if (!MayHaveDuplicates) yield break;
        var sql = $"""
            SELECT row_no, key_text, first_row, last_row FROM (
                SELECT row_no, {KeyText} AS key_text,
                       min(row_no) OVER w AS first_row, max(row_no) OVER w AS last_row, count(*) OVER w AS n
                FROM {_table}
                WINDOW w AS (PARTITION BY {KeyColumns})
            ) d
            WHERE n > 1
            ORDER BY row_no
            """;
        await using var cmd = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        int row = r.GetOrdinal("row_no"), key = r.GetOrdinal("key_text"), first = r.GetOrdinal("first_row"), last = r.GetOrdinal("last_row");
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            yield return new StagedDuplicate(r.GetInt64(row), r.GetString(key), r.GetInt64(first), r.GetInt64(last));
    }

    /// <summary>Keeps one staged row per key, the first or the last in file order; returns how many rows were removed.</summary>
    public async Task<long> CollapseDuplicatesAsync(bool keepLast, CancellationToken ct = default)
    {
        RequireCopied();
        if (!MayHaveDuplicates) return 0;
        var removed = await ExecAsync($"""
            DELETE FROM {_table} s
            USING (SELECT ctid AS row_id, row_number() OVER (PARTITION BY {KeyColumns} ORDER BY row_no {(keepLast ? "DESC" : "ASC")}, ctid) AS rn FROM {_table}) d
            WHERE s.ctid = d.row_id AND d.rn > 1
            """, ct).ConfigureAwait(false);
        Count -= removed;
        return removed;
    }

    /// <summary>
    /// Merges the staged rows with <c>work_mem</c> raised to 256 MB for this transaction (restored afterwards), then drops
    /// the staging table; returns new / updated / unchanged counts. Ends the COPY first when that was not done.
    /// </summary>
    public async Task<MergeCounts> MergeAsync(long importBatchId, CancellationToken ct = default)
    {
        if (!_copied) await CompleteCopyAsync(ct).ConfigureAwait(false);
        string previous;
        await using (var get = new NpgsqlCommand("SELECT current_setting('work_mem')", _connection))
            previous = (string)(await get.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        await ExecAsync("SELECT set_config('work_mem', '256MB', true)", ct).ConfigureAwait(false);
        var result = await MergeAsync(_connection, importBatchId, ct).ConfigureAwait(false);
        await ExecAsync("SELECT set_config('work_mem', $1, true)", ct, previous).ConfigureAwait(false);
        await ExecAsync($"DROP TABLE {_table}", ct).ConfigureAwait(false);
        return result;
    }

    /// <summary>Ends the COPY, keeps the last row of each repeated key (as a re-import would), and merges: for callers that load trusted rows.</summary>
    public async Task<MergeCounts> CompleteAndMergeAsync(long importBatchId, CancellationToken ct = default)
    {
        await CompleteCopyAsync(ct).ConfigureAwait(false);
        await CollapseDuplicatesAsync(keepLast: true, ct).ConfigureAwait(false);
        return await MergeAsync(importBatchId, ct).ConfigureAwait(false);
    }

    private void RequireCopied()
    {
        if (!_copied) throw new InvalidOperationException("Complete the copy first (CompleteCopyAsync).");
    }

    /// <summary>Cancels an unfinished COPY (the caller then rolls the transaction back).</summary>
    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_importer is { } i)
        {
            _importer = null;
            try
            {
                await i.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The COPY was already broken; the transaction is lost either way.
            }
        }
    }

    /// <summary>Runs one statement on the load's connection; returns the affected row count.</summary>
    protected Task<int> ExecAsync(string sql, CancellationToken ct, params object[] args) => ExecAsync(_connection, sql, ct, args);

    /// <summary>Runs one statement with positional parameters; returns the affected row count.</summary>
    protected static async Task<int> ExecAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A text value or NULL.</summary>
    protected static void WriteText(NpgsqlBinaryImporter imp, string? value)
    {
        if (value is null) imp.WriteNull();
        else imp.Write(value, NpgsqlDbType.Text);
    }

    /// <summary>A JSON object text or NULL.</summary>
    protected static void WriteJson(NpgsqlBinaryImporter imp, string? json)
    {
        if (json is null) imp.WriteNull();
        else imp.Write(json, NpgsqlDbType.Jsonb);
    }

    /// <summary>
    /// A geometry through Npgsql's NetTopologySuite type handler; one without SRID takes the study area's (another SRID
    /// reaches the database, which refuses it).
    /// </summary>
    protected void WriteGeometry(NpgsqlBinaryImporter imp, Geometry geometry)
    {
        if (geometry.SRID == 0)
        {
            geometry = geometry.Copy();
            geometry.SRID = StudyArea.Srid;
        }
        imp.Write(geometry, NpgsqlDbType.Geometry);
    }

    /// <summary>
    /// Repairs invalid staged geometries (<c>Sql/&lt;name&gt;_repair.sql</c>, returns how many), then refuses the load with
    /// the first offending row numbers when <c>Sql/&lt;name&gt;_check.sql</c> finds any (wrong SRID, empty, wrong type).
    /// </summary>
    /// <exception cref="GeoStorageException">Some staged geometry cannot be stored.</exception>
    protected async Task<long> RepairAndCheckAsync(NpgsqlConnection c, CancellationToken ct)
    {
        var repaired = await ExecAsync(c, SqlResources.Get($"{Name}_repair"), ct).ConfigureAwait(false);
        var problems = new List<string>();
        await using (var cmd = new NpgsqlCommand(SqlResources.Get($"{Name}_check"), c) { CommandTimeout = 0, Parameters = { new() { Value = StudyArea.Srid } } })
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            int row = r.GetOrdinal("row_no"), problem = r.GetOrdinal("problem");
            while (await r.ReadAsync(ct).ConfigureAwait(false))
                problems.Add($"row {r.GetInt64(row)}: {r.GetString(problem)}");
        }
        if (problems.Count > 0)
            throw new GeoStorageException($"The {Name}s cannot be stored (first problems shown): {string.Join("; ", problems)}.");
        return repaired;
    }

    /// <summary>Runs a merge statement that returns one row (new_rows, updated_rows, staged_rows) and converts it.</summary>
    protected static async Task<MergeCounts> MergeCountsAsync(NpgsqlConnection c, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a });
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        long n = r.GetInt64(r.GetOrdinal("new_rows")), u = r.GetInt64(r.GetOrdinal("updated_rows")), staged = r.GetInt64(r.GetOrdinal("staged_rows"));
        return new MergeCounts(n, u, staged - n - u);
    }
}
