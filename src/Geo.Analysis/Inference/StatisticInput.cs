using Geo.Analysis.Weights;

namespace Geo.Analysis.Inference;

/// <summary>
/// What a spatial statistic is about to be computed from, for <see cref="InputCheck.Run"/>: the values (one per
/// location) and, when known, the weights, the locations' ids and points, and the distance band the weights were built with.
/// </summary>
/// <param name="Source">What the values are, for messages ("CRIME of columbus.geojson", "counts of 312 grid cells").</param>
/// <param name="Values">One value per location.</param>
public sealed record StatisticInput(string Source, IReadOnlyList<double> Values)
{
    /// <summary>The spatial weights (without or with self weights); null: not checked.</summary>
    public SpatialWeights? Weights { get; init; }

    /// <summary>Each location's id as the outputs show it; null: 1-based row numbers.</summary>
    public IReadOnlyList<string>? Ids { get; init; }

    /// <summary>Each location's point (metres), for the smallest band that gives every location a neighbour.</summary>
    public IReadOnlyList<(double X, double Y)>? Points { get; init; }

    /// <summary>The distance band (metres) of the weights, when they are a band.</summary>
    public double? Band { get; init; }

    /// <summary>
    /// True for a local statistic (islands are undefined locations); false for a global one (islands only draw a warning:
    /// they enter it with a zero spatial lag).
    /// </summary>
    public bool Local { get; init; } = true;

    /// <summary>Whether equal values make the statistic undefined (false where the values are not what is tested, e.g. space-time totals).</summary>
    public bool CheckVariance { get; init; } = true;

    /// <summary>The fewest locations the statistic accepts.</summary>
    public int MinimumLocations { get; init; } = 4;

    /// <summary>The id of location <paramref name="i"/>.</summary>
    public string Id(int i) => Ids is { } ids ? ids[i] : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
