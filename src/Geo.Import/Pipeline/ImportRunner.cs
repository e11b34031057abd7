using System.Diagnostics;
using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Import.Profiles;
using Geo.Storage;

namespace Geo.Import.Pipeline;

/// <summary>
/// Runs one import end to end in a single transaction: read and validate the file as a stream, binary COPY
/// the good rows into a staging table, merge them set-based, record the batch, commit. A failure at any
/// point — a fatal format error, too many rejects, cancellation, a killed process — leaves the database as
/// it was. Re-running the same file inserts nothing new (rows are keyed by source and source id).
/// </summary>
public sealed class ImportRunner(GeoDatabase database)
{
    private const int ProgressEvery = 16_384;

    public async Task<ImportSummary> RunAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        if (!File.Exists(request.Path)) throw new FileNotFoundException($"Input file not found: {request.Path}", request.Path);
        if (request.MaxRejectRate is < 0 or > 1) throw new ArgumentException("The maximum reject rate must be between 0 and 1.");
        var clock = Stopwatch.StartNew();
        // The import's own connection reads the study area too: plain SQL, so an import never pays EF Core's first use.
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        var studyArea = await StudyAreaStore.GetAsync(connection, request.StudyAreaCode, ct)
                        ?? throw new ArgumentException($"Study area '{request.StudyAreaCode}' does not exist. Create it first: geo study-area add {request.StudyAreaCode} --name NAME --boundary FILE");
        var (options, mappingLabel) = ResolveOptions(request, studyArea);
        progress?.Report(new ImportProgress("hashing", 0, 0, 0));
        var sha256 = await FileHash.Sha256Async(request.Path, ct);

        await using var transaction = await connection.BeginTransactionAsync(ct);
        var source = options.Source ?? options.Profile?.Source ?? ImportOptions.DefaultSource;
        var batchId = await ImportBatchStore.BeginAsync(connection, transaction, new ImportBatch(0, studyArea.Code, request.Kind,
            Path.GetFileName(request.Path), sha256, source, mappingLabel, 0, 0, 0, DateTimeOffset.UtcNow, null, request.ImportedBy), ct);

        using var report = new RejectReportWriter(request.RejectReportPath);
        var tally = new Tally();
        var (merged, notices) = request.Kind switch
        {
            ImportKind.Incidents => await LoadAsync(Sources.OpenIncidents(request.Path, options), async () => await IncidentLoader.BeginAsync(connection, studyArea, ct)),
            ImportKind.Resources => await LoadAsync(Sources.OpenResources(request.Path, options), async () => await ResourceLoader.BeginAsync(connection, studyArea, ct)),
            ImportKind.Areas => await LoadAsync(Sources.OpenAreas(request.Path, options), async () => await AreaLoader.BeginAsync(connection, transaction, studyArea,
                new AreaSet(request.SetName ?? Path.GetFileNameWithoutExtension(request.Path), request.SetKind), ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Only incidents, resources and areas are imported from files."),
        };

        async Task<(MergeCounts, IReadOnlyList<string>)> LoadAsync<T>(IRowSource<T> source, Func<Task<StagingLoader<T>>> begin) where T : class
        {
            using var rows = source; // opened first: a missing column fails before the COPY starts
            await using var loader = await begin();
            Pump(rows, loader.Add, tally, report, progress, ct);
            Check(tally, report, request, clock, rows.Notices);
            progress?.Report(new ImportProgress("merging", rows.TotalBytes, rows.TotalBytes, tally.Read));
            return (await loader.CompleteAndMergeAsync(batchId, ct), rows.Notices);
        }

        await ImportBatchStore.FinishAsync(connection, transaction, batchId, tally.Read, tally.Loaded, tally.Rejected, merged, tally.WithoutLocation, ct);
        await transaction.CommitAsync(ct);
        return Summarise(tally, merged, clock, report.Path, batchId, notices);
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
                using var reader = new StreamReader(file);
                mapping = SourceMapping.Parse(profile?.Source ?? Path.GetFileNameWithoutExtension(file), reader, file, CategoryTaxonomy.BuiltIn);
            }
            label = label is null ? Path.GetFileName(file) : $"{label} + {Path.GetFileName(file)}";
        }
        if (profile is not null && profile.Kind != request.Kind)
            throw new ArgumentException($"Profile '{profile.Name}' reads {profile.Kind.ToString().ToLowerInvariant()}, not {request.Kind.ToString().ToLowerInvariant()}.");
        return (new ImportOptions(studyArea, profile, request.SourceSrid, mapping, BoundaryToleranceMetres: request.BoundaryToleranceMetres)
        {
            SkipOutside = request.SkipOutside,
            Source = request.Source,
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
            report.Dispose();
            throw new ImportRejectedException(Summarise(tally, default, clock, report.Path, null, notices), request.MaxRejectRate);
        }
    }

    private static ImportSummary Summarise(Tally t, MergeCounts m, Stopwatch clock, string? reportPath, long? batchId, IReadOnlyList<string> notices) =>
        new(t.Read, t.Loaded, t.Rejected, t.Skipped, m.New, m.Updated, m.Unchanged, t.WithoutLocation, t.Warnings, t.Repaired,
            clock.Elapsed.TotalSeconds, reportPath, batchId, notices);

    private sealed class Tally
    {
        public long Read, Loaded, Rejected, Skipped, WithoutLocation, Warnings, Repaired;

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
