namespace Geo.Reporting.Maps;

/// <summary>How the values of a choropleth are divided into classes (see <see cref="ClassBreaks"/>).</summary>
public enum ClassMethod
{
    /// <summary>Jenks natural breaks: Fisher's exact optimal partition (least within-class sum of squared deviations).</summary>
    Jenks,

    /// <summary>Quantiles (R's type 7 sample quantiles at i/k); breaks that coincide are merged.</summary>
    Quantiles,

    /// <summary>Equal intervals from the minimum to the maximum.</summary>
    EqualIntervals,
}
