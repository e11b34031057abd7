namespace Geo.Planning.Stats;

/// <summary>The local statistics of <see cref="LocalStatisticsOperation"/>.</summary>
public enum LocalStatistic
{
    /// <summary>Getis–Ord Gi* (weights with self, row-standardised: spdep localG with include.self and style "W").</summary>
    GetisOrdStar,
    /// <summary>Local Moran's I, LISA (row-standardised weights: spdep localmoran, style "W").</summary>
    LocalMoran,
}
