namespace Geo.Analysis.Grids;

/// <summary>Counts of points per unit (grid cell or area).</summary>
/// <param name="Counts">Weighted count per unit (the number of points when unweighted).</param>
/// <param name="OutsideWeight">Summed weight of the points in no unit.</param>
/// <param name="OutsidePoints">Number of points in no unit.</param>
public sealed record CountResult(double[] Counts, double OutsideWeight, int OutsidePoints)
{
    /// <summary>Summed weight of the points inside some unit.</summary>
    public double InsideWeight => Counts.Sum();
}
