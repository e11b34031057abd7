using Geo.Analysis.Concentration;

namespace Geo.Planning.Stats;

/// <summary>The concentration of events over places, with each place's rank and share.</summary>
/// <param name="Layer">The places and their counts.</param>
/// <param name="Grid">The grid in grid mode, else null.</param>
/// <param name="Measures">Top 1/5/10 % shares and the classic and generalised Gini.</param>
/// <param name="Rank">Each place's rank by count, 1 = most events (ties in place order).</param>
/// <param name="Notices">What was read and chosen.</param>
public sealed record ConcentrationReport(ValueLayer Layer, PointGrid? Grid, ConcentrationResult Measures, int[] Rank, IReadOnlyList<string> Notices)
{
    /// <summary>The output columns of a place besides its geometry.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "count", "rank", "share", "cumulative_share", "top"];

    /// <summary>Place <paramref name="i"/>'s id, count, rank, share of all events, share of the places ranked up to it, and top band (1%, 5%, 10% or empty).</summary>
    public IReadOnlyList<object?> Row(int i)
    {
        var total = Measures.Total;
        var rank = Rank[i];
        var top = rank <= Measures.Top1PercentUnits ? "1%" : rank <= Measures.Top5PercentUnits ? "5%" : rank <= Measures.Top10PercentUnits ? "10%" : "";
        return [Id(i), Layer.Values[i], rank, total > 0 ? Layer.Values[i] / total : null, total > 0 ? Cumulative[rank - 1] / total : null, top];
    }

    /// <summary>The id of place i: the cell index in grid mode, the --id-field value, else the 1-based row number.</summary>
    public object Id(int i) => Grid is not null ? i : Layer.Ids is null ? i + 1 : Layer.Ids[i];

    private double[] Cumulative => _cumulative ??= BuildCumulative();
    private double[]? _cumulative;

    private double[] BuildCumulative()
    {
        var order = new int[Rank.Length];
        for (var i = 0; i < Rank.Length; i++) order[Rank[i] - 1] = i;
        var c = new double[order.Length];
        double sum = 0;
        for (var k = 0; k < order.Length; k++) c[k] = sum += Layer.Values[order[k]];
        return c;
    }
}
