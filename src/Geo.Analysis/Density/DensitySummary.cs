namespace Geo.Analysis.Density;

/// <summary>
/// What a density surface amounts to over the cells kept (all, or those of a mask): the cells, the largest density,
/// and density × cell area summed over them, which for a kernel density in events per km² is the number of events the
/// surface holds (the events inside, less the kernel mass beyond the kept cells when there is no edge correction).
/// </summary>
public sealed record DensitySummary(int[] Cells, double Max, double Integral)
{
    public static DensitySummary Of(KdeResult result, DensityGrid grid, bool[]? mask)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(grid);
        var cells = new List<int>();
        var max = 0.0;
        var sum = 0.0;
        for (var i = 0; i < result.Density.Length; i++)
        {
            if (mask is not null && !mask[i]) continue;
            cells.Add(i);
            max = Math.Max(max, result.Density[i]);
            sum += result.Density[i];
        }
        return new DensitySummary([.. cells], max, sum * grid.CellAreaKm2);
    }
}
