using System.Globalization;
using Geo.Analysis.Concentration;

namespace Geo.Planning.Stats;

/// <summary>
/// The law of crime concentration at place (Weisburd 2015) on a file: the share of events in the top 1, 5 and 10 % of
/// places and the Gini coefficient, classic and generalised for fewer events than places (Bernasco &amp; Steenbeek 2017).
/// </summary>
public sealed class ConcentrationOperation(StatsFiles files)
{
    public ConcentrationReport Run(ConcentrationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (layer, grid) = request.Layer.Load(files);
        var notices = new List<string>(grid?.Notices ?? []);
        for (var i = 0; i < layer.Count; i++)
            if (!(layer.Values[i] >= 0) || double.IsInfinity(layer.Values[i]))
                throw new ArgumentException($"{layer.File}: {layer.Field} of {(layer.Ids is null ? $"row {i + 1}" : $"place {layer.Ids[i]}")} is " +
                                            $"{layer.Values[i].ToString(CultureInfo.InvariantCulture)}; concentration needs counts of 0 or more.");
        var m = ConcentrationMeasures.Compute(layer.Values);
        if (m.Total == 0) throw new ArgumentException($"{layer.File}: {layer.Field} sums to 0 over the {layer.Count} places; there is nothing to concentrate.");
        var rank = new int[layer.Count];
        var order = Enumerable.Range(0, layer.Count).OrderByDescending(i => layer.Values[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < order.Length; k++) rank[order[k]] = k + 1;
        var empty = layer.Values.Count(v => v == 0);
        var places = grid is null ? $"{layer.Count} rows of {Path.GetFileName(layer.File)}" : $"{layer.Count} grid cells";
        notices.Add(string.Create(CultureInfo.InvariantCulture,
            $"places: {places}, {empty} of them without events; events: {m.Total:0.###} ({layer.Field}); top bands: the {m.Top1PercentUnits}, {m.Top5PercentUnits} and {m.Top10PercentUnits} places with most events (ceil of 1, 5, 10 % of the places)"));
        if (m.Total < layer.Count)
            notices.Add(string.Create(CultureInfo.InvariantCulture,
                $"fewer events ({m.Total:0.###}) than places ({layer.Count}): at least {layer.Count - m.Total:0.###} places must be empty, so the classic Gini cannot fall below {1 - m.Total / layer.Count:0.###}; read the generalised Gini (Bernasco & Steenbeek 2017), 0 for the most even spread"));
        if (layer.Values.Any(v => Math.Floor(v) != v))
            notices.Add("the values are not whole numbers (summed weights?): the generalised Gini is defined for counts of events");
        return new ConcentrationReport(layer, grid, m, rank, notices);
    }
}
