using System.Globalization;
using Geo.Analysis.Inference;
using Geo.Analysis.Weights;
using Geo.Core.Text;

namespace Geo.Planning.Stats;

/// <summary>
/// Runs <see cref="InputCheck"/> (the one check before every statistic) on a layer of the statistics on files and turns
/// what it finds into the operation's words: errors are thrown as a <see cref="StatisticInputException"/> (a data error),
/// undefined locations and warnings become lines for the notices.
/// </summary>
internal static class StatsInputCheck
{
    /// <summary>Checks <paramref name="layer"/> with weights <paramref name="w"/> (built from <paramref name="spec"/>); throws on errors.</summary>
    public static InputCheckResult Run(ValueLayer layer, SpatialWeights? w, PointGrid? grid, string? spec, bool local, bool checkVariance = true)
    {
        var input = new StatisticInput($"{layer.Field} of {Path.GetFileName(layer.File)}", layer.Values)
        {
            Weights = w,
            Ids = Ids(layer, grid),
            Points = layer.Points,
            Band = Band(spec),
            Local = local,
            CheckVariance = checkVariance,
        };
        var result = InputCheck.Run(input);
        result.ThrowIfErrors();
        return result;
    }

    /// <summary>The notice lines of a check: "warning: …" for undefined locations and warnings alike.</summary>
    public static IEnumerable<string> Lines(InputCheckResult check) => check.Notices.Select(p => "warning: " + p.Message + ".");

    /// <summary>The ids the outputs show: the cell index in grid mode, the --id-field value, or the 1-based row number.</summary>
    public static IReadOnlyList<string> Ids(ValueLayer layer, PointGrid? grid) =>
        grid is not null ? Enumerable.Range(0, layer.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray()
        : layer.Ids ?? Enumerable.Range(1, layer.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The METRES of --weights band:METRES, else null.</summary>
    private static double? Band(string? spec)
    {
        var s = spec?.Trim();
        return s is not null && s.StartsWith("band:", StringComparison.OrdinalIgnoreCase) && NumberText.TryParseDouble(s.AsSpan(5), out var d) ? d : null;
    }
}
