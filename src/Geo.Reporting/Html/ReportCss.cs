namespace Geo.Reporting.Html;

/// <summary>The report's print stylesheet (<c>Html/report.css</c>, embedded as <c>Geo.Reporting.report.css</c>), to inline in a &lt;style&gt; element.</summary>
public static class ReportCss
{
    private static readonly Lazy<string> Css = new(Load);

    /// <summary>The stylesheet's text.</summary>
    public static string Text => Css.Value;

    private static string Load()
    {
        using var stream = typeof(ReportCss).Assembly.GetManifestResourceStream("Geo.Reporting.report.css")
            ?? throw new InvalidOperationException("the embedded stylesheet Geo.Reporting.report.css is missing from Geo.Reporting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
