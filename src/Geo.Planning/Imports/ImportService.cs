using System.Globalization;
using Geo.Core.Text;
using Geo.Import;
using Geo.Import.Pipeline;
using Geo.Storage;

namespace Geo.Planning.Imports;

/// <summary>Runs imports (one transaction each) with the reject report in the Geo home folder unless a path is given.</summary>
public sealed class ImportService(ImportRunner runner, GeoSettings settings)
{
    /// <summary>Where reject reports go by default: <c>$GEO_HOME/reports</c>.</summary>
    public string ReportFolder => Path.Combine(settings.Home, "reports");

    /// <summary>The default reject report of a file: <c>$GEO_HOME/reports/&lt;file&gt;-&lt;time&gt;.rejects.csv</c>.</summary>
    public string DefaultReportPath(string inputPath) => Path.Combine(ReportFolder,
        $"{Path.GetFileNameWithoutExtension(inputPath)}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.rejects.csv");

    /// <exception cref="ImportRejectedException">Too many rows were rejected: nothing was loaded.</exception>
    public Task<ImportSummary> RunAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RejectReportPath is null) request = request with { RejectReportPath = DefaultReportPath(request.Path) };
        return runner.RunAsync(request, progress, ct);
    }

    /// <summary>
    /// Reads back a reject report written by an import (file,row,field,value,reason,action): its first
    /// <paramref name="max"/> lines and its line count, so that the HTTP API can return the report as data.
    /// </summary>
    public static RejectReportSample ReadRejectReport(string? path, int max)
    {
        if (path is null || !File.Exists(path)) return RejectReportSample.Empty;
        var lines = new List<Reject>();
        long total = 0;
        using var csv = new CsvTokenizer(new StreamReader(path, System.Text.Encoding.UTF8), ',');
        var header = true;
        while (csv.ReadRecord())
        {
            if (header) { header = false; continue; }
            total++;
            if (lines.Count >= max || csv.FieldCount < 6) continue;
            lines.Add(new Reject(csv.Field(0).ToString(), long.Parse(csv.Field(1), CultureInfo.InvariantCulture), csv.Field(2).ToString(), csv.Field(3).ToString(),
                csv.Field(4).ToString(), csv.Field(5) switch
                {
                    "repaired" => RejectAction.Repaired,
                    "kept_without_location" => RejectAction.KeptWithoutLocation,
                    "warning" => RejectAction.Warning,
                    _ => RejectAction.Rejected,
                }));
        }
        return new RejectReportSample(lines, total);
    }
}
