using ScottPlot;

namespace Geo.Reporting.Charts;

/// <summary>The look shared by the ScottPlot charts: DejaVu Sans everywhere, light grid, no frame on top and right.</summary>
internal static class ChartStyle
{
    public const string Font = "DejaVu Sans";

    public static void Apply(Plot plot)
    {
        plot.Font.Set(Font);
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.08);
        plot.Axes.Bottom.Label.FontSize = 13;
        plot.Axes.Left.Label.FontSize = 13;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
    }

    /// <summary>After ShowLegend: the legend's font, no shadow.</summary>
    public static void Legend(Plot plot)
    {
        plot.Legend.FontName = Font;
        plot.Legend.FontSize = 11;
        plot.Legend.ShadowFillStyle.Color = Colors.Transparent;
        plot.Legend.OutlineStyle.Color = Color.FromHex("#BBBBBB");
        plot.Legend.Orientation = Orientation.Horizontal;
    }
}
