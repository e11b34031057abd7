using System.Text.Json.Serialization;

namespace Geo.Cli.Commands.Stats;

/// <summary>One row of a local result, the shape fixed by the issue: id, statistic, z, p, pseudo_p, p_adjusted, class (input order).</summary>
internal sealed record LocalRow(
    [property: JsonPropertyName("id")] object Id,
    [property: JsonPropertyName("statistic")] double? Statistic,
    [property: JsonPropertyName("z")] double? Z,
    [property: JsonPropertyName("p")] double? P,
    [property: JsonPropertyName("pseudo_p")] double? PseudoP,
    [property: JsonPropertyName("p_adjusted")] double? PAdjusted,
    [property: JsonPropertyName("class")] string Class)
{
    /// <summary>A finite value, or null (islands, untested cells).</summary>
    public static double? Num(double v) => double.IsFinite(v) ? v : null;
}
