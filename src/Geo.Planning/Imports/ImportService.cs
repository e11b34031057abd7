using System.Globalization;
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
}
