using System.Text;

namespace Geo.Reporting.Reports;

/// <summary>
/// <c>geo report</c>: the lägesbild of a stored run written as HTML, PDF (the HTML printed by headless Chromium),
/// Markdown (with its figures as SVG files beside it) or JSON. Files are written to a temporary name and moved into
/// place, so a failed report never leaves a half-written file.
/// </summary>
public sealed class ReportService(ReportBuilder builder, Pdf.ChromiumPdfPrinter pdf)
{
    /// <exception cref="ArgumentException">An unknown format, role, language, run or plan.</exception>
    public async Task<ReportResult> WriteAsync(ReportRequest request, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        if (!ReportRoles.Formats.Contains(request.Format))
            throw new ArgumentException($"report format '{request.Format}' is not known; use {string.Join(", ", ReportRoles.Formats)}.");
        if (request.Lang is not ("sv" or "en")) throw new ArgumentException($"language '{request.Lang}' is not supported; use sv or en.");
        var path = Path.GetFullPath(request.OutPath);
        var dir = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(dir);

        progress?.Report(request.Lang == "en" ? "reading the run" : "läser körningen");
        var report = await builder.BuildAsync(request, ct).ConfigureAwait(false);
        var notices = new List<string>();
        if (report.Header.SuppressBelow is { } k)
            notices.Add(request.Lang == "en" ? $"counts from 1 to {k - 1} are shown as <{k} (role {request.Role})" : $"tal från 1 till {k - 1} visas som <{k} (roll {request.Role})");

        progress?.Report(request.Lang == "en" ? $"writing {request.Format}" : $"skriver {request.Format}");
        switch (request.Format)
        {
            case "html":
                await WriteTextAsync(path, HtmlReportWriter.Write(report), ct).ConfigureAwait(false);
                break;
            case "json":
                await WriteTextAsync(path, JsonReportWriter.Write(report), ct).ConfigureAwait(false);
                break;
            case "md":
            {
                var folder = Path.GetFileNameWithoutExtension(path) + "_figures";
                var (text, figures) = MarkdownReportWriter.Write(report, folder);
                var figureDir = Path.Combine(dir, folder);
                Directory.CreateDirectory(figureDir);
                foreach (var (file, svg) in figures) await WriteTextAsync(Path.Combine(figureDir, file), svg, ct).ConfigureAwait(false);
                await WriteTextAsync(path, text, ct).ConfigureAwait(false);
                break;
            }
            default:
            {
                var html = Path.Combine(Path.GetTempPath(), $"geo-report-{Guid.NewGuid():N}.html");
                try
                {
                    await File.WriteAllTextAsync(html, HtmlReportWriter.Write(report), new UTF8Encoding(false), ct).ConfigureAwait(false);
                    progress?.Report(request.Lang == "en" ? "printing the PDF with Chromium" : "skriver ut PDF med Chromium");
                    await pdf.PrintAsync(html, path, ct).ConfigureAwait(false);
                }
                finally
                {
                    File.Delete(html);
                }
                break;
            }
        }
        return new ReportResult(path, request.Format, request.Lang, request.Role, report.Header.SuppressBelow, report.Plan?.Id,
            report.FollowUp?.Plan.Id, ReportSections.All.Count, notices);
    }

    private static async Task WriteTextAsync(string path, string text, CancellationToken ct)
    {
        var tmp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await File.WriteAllTextAsync(tmp, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
