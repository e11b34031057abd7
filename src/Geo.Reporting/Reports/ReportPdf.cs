namespace Geo.Reporting.Reports;

/// <summary>Prints the report's HTML to PDF (placeholder until the Chromium printer lands).</summary>
public sealed class ReportPdf
{
    public Task PrintAsync(string htmlFile, string pdfFile, CancellationToken ct) => throw new NotImplementedException();
}
