using Geo.Reporting.Html;

namespace Geo.Reporting.Tests;

public sealed class ReportCssTests
{
    [Fact]
    public void The_embedded_stylesheet_prints_A4_with_chapters_on_new_pages_and_unsplit_figures()
    {
        var css = ReportCss.Text;
        Assert.True(css.Split('\n').Length < 200);
        Assert.Contains("@page { size: A4;", css);
        Assert.Contains("section.chapter { break-before: page;", css);
        Assert.Contains("figure { margin: 4mm 0 5mm; break-inside: avoid;", css);
        Assert.Contains(".suppressed", css);
        Assert.Contains(".cover", css);
        Assert.Contains("'DejaVu Sans'", css);
        Assert.Equal(css.Count(c => c == '{'), css.Count(c => c == '}'));
    }
}
