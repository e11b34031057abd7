using System.Diagnostics;
using System.Net.Sockets;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Formats;
using Geo.Import.Profiles;
using Geo.Storage;
using Npgsql;

namespace Geo.Import.Pipeline;

/// <summary>
/// Runs one import end to end in a single transaction: check the options and the file, take the study area's import lock,
/// read and validate the file as a stream, binary COPY the good rows into a staging table, resolve repeated ids, write the
/// reject report, merge set-based, record the batch, commit. A failure at any point — a fatal format error, a cut-short
/// file, too many rejects, a report that cannot be written, cancellation, a lost connection, a killed process — leaves the
/// database as it was; an import that commits has written its report. Re-running the same file inserts nothing new (rows are
/// keyed by source and source id).
/// </summary>
public sealed class ImportRunner(GeoDatabase database)
{
    private const int ProgressEvery = 16_384;

    /// <summary>
    /// How often the server checks, during a long statement, that the import's client is still there (PostgreSQL 14+
    /// <c>client_connection_check_interval</c>): a killed import stops its server work within this time.
    /// </summary>
    private const int ClientCheckMilliseconds = 2000;

    public async Task<ImportSummary> RunAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        FeatureReaders.CheckRegularFile(request.Path);
        if (request.RejectReportPath is { } reportPath) RejectReportWriter.CheckPath(reportPath, request.Path, request.MappingFile);
        var clock = Stopwatch.StartNew();
        // The import's own connection reads the study area too: plain SQL, so an import never pays EF Core's first use.
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        var studyArea = await StudyAreaStore.GetAsync(connection, request.StudyAreaCode, ct)
                        ?? throw new ArgumentException($"Study area '{request.StudyAreaCode}' does not exist. Create it first: geo study-area add {request.StudyAreaCode} --name NAME --boundary FILE");
        var (options, mappingLabel) = ResolveOptions(request, studyArea);
        var batch = new ImportBatch(0, studyArea.Code, request.Kind, Path.GetFileName(request.Path), "",
            options.Source ?? options.Profile?.Source ?? ImportOptions.DefaultSource, mappingLabel, 0, 0, 0, DateTimeOffset.UtcNow, null, request.ImportedBy);
        try
        {
            return request.Kind switch
            {
                ImportKind.Incidents => await RunAsync(connection, request, studyArea, batch, Sources.OpenIncidents(request.Path, options),
                    async (c, _) => await IncidentLoader.BeginAsync(c, studyArea, ct), clock, progress, ct),
                ImportKind.Resources => await RunAsync(connection, request, studyArea, batch, Sources.OpenResources(request.Path, options),
                    async (c, _) => await ResourceLoader.BeginAsync(c, studyArea, ct), clock, progress, ct),
                ImportKind.Areas => await RunAsync(connection, request, studyArea, batch, Sources.OpenAreas(request.Path, options),
                    async (c, tx) => await AreaLoader.BeginAsync(c, tx, studyArea,
                        new AreaSet(request.SetName ?? Path.GetFileNameWithoutExtension(request.Path), request.SetKind), ct), clock, progress, ct),
                _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Only incidents, resources and areas are imported from files."),
            };
        }
        catch (Exception e) when (ConnectionLost(e))
        {
            throw new GeoStorageException(
                $"The connection to the database was lost during the import of {Path.GetFileName(request.Path)} ({Describe(e)}). " +
                "The database rolls back an unfinished import: nothing was loaded. Import the file again when the database is back.", e);
        }
    }

    private static async Task<ImportSummary> RunAsync<T>(NpgsqlConnection connection, ImportRequest request, StudyArea studyArea, ImportBatch batch,
        IRowSource<T> opened, Func<NpgsqlConnection, NpgsqlTransaction, Task<StagingLoader<T>>> begin, Stopwatch clock,
        IProgress<ImportProgress>? progress, CancellationToken ct) where T : class
    {
        using var rows = opened; // opened before the transaction: a missing column or a broken header fails before anything is written
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var who = $"geo import {request.Kind.Code()} {Path.GetFileName(request.Path)} by {request.ImportedBy}";
        await SetLocalAsync(connection, "application_name", who.Length > 63 ? who[..63] : who, ct);
        await SetLocalAsync(connection, "client_connection_check_interval", ClientCheckMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        // Over TCP, a client whose machine or network vanished (no socket close) is noticed within about 25 s (ignored on unix sockets).
        await SetLocalAsync(connection, "tcp_keepalives_idle", "10", ct);
        await SetLocalAsync(connection, "tcp_keepalives_interval", "5", ct);
        await SetLocalAsync(connection, "tcp_keepalives_count", "3", ct);
        await StudyAreaImportLock.AcquireAsync(connection, studyArea.Code, request.Wait,
            message => progress?.Report(new ImportProgress("waiting", 0, rows.TotalBytes, 0, message)), ct);

        var batchId = await ImportBatchStore.BeginAsync(connection, transaction, batch, ct);

        using var report = new RejectReportWriter(request.RejectReportPath);
        var tally = new Tally();
        await using var loader = await begin(connection, transaction);
        Pump(rows, loader.Add, tally, report, progress, ct);
        progress?.Report(new ImportProgress("checking", rows.TotalBytes, rows.TotalBytes, tally.Read));
        await loader.CompleteCopyAsync(ct);
        await ResolveDuplicatesAsync(loader, request, rows.FileName, tally, report, ct);
        Check(tally, report, request, clock, rows.Notices);

        progress?.Report(new ImportProgress("merging", rows.TotalBytes, rows.TotalBytes, tally.Read));
        var merged = await loader.MergeAsync(batchId, ct);
        report.Complete(); // before the commit: a report that cannot be written loads nothing
        var sha256 = rows.Sha256 ?? await FileHash.Sha256Async(request.Path, ct);
        await ImportBatchStore.FinishAsync(connection, transaction, batchId, tally.Read, tally.Loaded, tally.Rejected, merged, tally.WithoutLocation,
            sha256, ct);
        await transaction.CommitAsync(ct);
        return Summarise(tally, merged, clock, report.Path, batchId, rows.Notices);
    }

    /// <summary>
    /// Rows whose id repeats an earlier row's: rejected (reported with the row they repeat) unless the request accepts them,
    /// in which case one row per id is kept and the rest counted as collapsed.
    /// </summary>
    private static async Task ResolveDuplicatesAsync<T>(StagingLoader<T> loader, ImportRequest request, string file, Tally tally,
        RejectReportWriter report, CancellationToken ct) where T : class
    {
        var field = request.Kind == ImportKind.Areas ? "code" : "source_id";
        if (request.Duplicates == DuplicatePolicy.Reject)
        {
            await foreach (var d in loader.DuplicatesAsync(ct))
            {
                if (d.Row == d.FirstRow) continue;
                report.Write(new Reject(file, d.Row, field, d.Key,
                    $"{field} '{d.Key}' repeats row {d.FirstRow}: each row needs its own id. The first row was kept; give --duplicates keep-first " +
                    "or keep-last to accept repeats on purpose", RejectAction.Rejected));
                tally.Duplicates++;
            }
            tally.Rejected += tally.Duplicates;
            tally.Loaded -= tally.Duplicates;
            await loader.CollapseDuplicatesAsync(keepLast: false, ct);
        }
        else
        {
            tally.Collapsed = await loader.CollapseDuplicatesAsync(request.Duplicates == DuplicatePolicy.KeepLast, ct);
        }
    }

    /// <summary>Profile and category mapping from the request: --profile, --mapping (profile .json or mapping .csv).</summary>
    internal static (ImportOptions Options, string? MappingLabel) ResolveOptions(ImportRequest request, StudyArea studyArea)
    {
        MappingProfile? profile = request.Profile is null ? null : ProfileCatalog.Get(request.Profile);
        SourceMapping? mapping = null;
        var label = request.Profile;
        if (request.MappingFile is { } file)
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"Mapping file not found: {file}", file);
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                if (profile is not null) throw new ArgumentException("Give either --profile or a profile file with --mapping, not both.");
                profile = ProfileCatalog.Load(file);
            }
            else
            {
                mapping = CategoryMappings.Load(file, CategoryTaxonomy.BuiltIn);
            }
            label = label is null ? Path.GetFileName(file) : $"{label} + {Path.GetFileName(file)}";
        }
        if (profile is not null && profile.Kind != request.Kind)
            throw new ArgumentException($"Profile '{profile.Name}' reads {profile.Kind.ToString().ToLowerInvariant()}, not {request.Kind.ToString().ToLowerInvariant()}.");
        return (new ImportOptions(studyArea, profile, request.SourceSrid, mapping, BoundaryToleranceMetres: request.BoundaryToleranceMetres)
        {
            SkipOutside = request.SkipOutside,
            Source = request.Source,
            KeepAttributes = request.KeepAttributes,
            AllowText = request.AllowText,
            EarliestDate = request.EarliestDate,
            MaxDaysAhead = request.MaxDaysAhead,
        }, label);
    }

    private static void Pump<T>(IRowSource<T> rows, Action<T, long> add, Tally tally, RejectReportWriter report,
        IProgress<ImportProgress>? progress, CancellationToken ct) where T : class
    {
        // Rows are read and mapped on a second thread while this one writes them to the COPY.
        foreach (var row in ReadAhead.Of(rows.Rows(ct)))
        {
            tally.Read++;
            if (row.Issues.Count > 0) tally.Count(row.Issues, report);
            if (row.Value is { } value)
            {
                add(value, row.Row);
                tally.Loaded++;
            }
            else if (IsSkipped(row.Issues))
            {
                tally.Skipped++;
            }
            else
            {
                tally.Rejected++;
            }
            if (tally.Read % ProgressEvery == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new ImportProgress("loading", rows.BytesRead, rows.TotalBytes, tally.Read));
            }
        }
        progress?.Report(new ImportProgress("loading", rows.TotalBytes, rows.TotalBytes, tally.Read));
        ct.ThrowIfCancellationRequested();
    }

    private static bool IsSkipped(IReadOnlyList<Reject> issues)
    {
        foreach (var i in issues)
            if (i.Action == RejectAction.SkippedOutside) return true;
        return false;
    }

    private static void Check(Tally tally, RejectReportWriter report, ImportRequest request, Stopwatch clock, IReadOnlyList<string> notices)
    {
        if (tally.Read == 0) throw new InvalidDataException($"{Path.GetFileName(request.Path)}: the file holds no data rows.");
        var considered = tally.Read - tally.Skipped;
        if (considered > 0 && (double)tally.Rejected / considered > request.MaxRejectRate)
        {
            report.Complete();
            throw new ImportRejectedException(Summarise(tally, default, clock, report.Path, null, notices), request.MaxRejectRate);
        }
    }

    private static ImportSummary Summarise(Tally t, MergeCounts m, Stopwatch clock, string? reportPath, long? batchId, IReadOnlyList<string> notices) =>
        new(t.Read, t.Loaded, t.Rejected, t.Skipped, m.New, m.Updated, m.Unchanged, t.WithoutLocation, t.Warnings, t.Repaired,
            clock.Elapsed.TotalSeconds, reportPath, batchId, notices, t.Duplicates, t.Collapsed);

    private static async Task SetLocalAsync(NpgsqlConnection c, string setting, string value, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT set_config($1, $2, true)", c);
        cmd.Parameters.Add(new NpgsqlParameter { Value = setting });
        cmd.Parameters.Add(new NpgsqlParameter { Value = value });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>True for the errors of a connection that broke: the server stopped or was killed, the socket closed.</summary>
    private static bool ConnectionLost(Exception e) => e switch
    {
        PostgresException p => p.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.ConnectionFailure or PostgresErrorCodes.ConnectionDoesNotExist or PostgresErrorCodes.ConnectionException,
        NpgsqlException n => n.InnerException is IOException or SocketException or EndOfStreamException or TimeoutException || n.Message.Contains("stream", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static string Describe(Exception e) => e is PostgresException p ? $"{p.MessageText}" : e.InnerException?.Message ?? e.Message;

    private sealed class Tally
    {
        public long Read, Loaded, Rejected, Skipped, WithoutLocation, Warnings, Repaired, Duplicates, Collapsed;

        public void Count(IReadOnlyList<Reject> issues, RejectReportWriter report)
        {
            foreach (var issue in issues)
            {
                if (issue.Action == RejectAction.SkippedOutside) continue; // counted, not reported row by row
                report.Write(issue);
                switch (issue.Action)
                {
                    case RejectAction.KeptWithoutLocation: WithoutLocation++; break;
                    case RejectAction.Warning: Warnings++; break;
                    case RejectAction.Repaired: Repaired++; break;
                }
            }
        }
    }
}
