using System.Text.Json.Serialization;

namespace Geo.Planning.Stats;

/// <summary>One row of a local result, in input (or cell) order: id, statistic, z, p, pseudo_p, p_adjusted, class.</summary>
public sealed record StatsRow(
    [property: JsonPropertyName("id")] object Id,
    [property: JsonPropertyName("statistic")] double? Statistic,
    [property: JsonPropertyName("z")] double? Z,
    [property: JsonPropertyName("p")] double? P,
    [property: JsonPropertyName("pseudo_p")] double? PseudoP,
    [property: JsonPropertyName("p_adjusted")] double? PAdjusted,
    [property: JsonPropertyName("class")] string Class)
{
    /// <summary>The column names of the rows, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "statistic", "z", "p", "pseudo_p", "p_adjusted", "class"];

    /// <summary>A finite value, or null (islands, untested cells).</summary>
    public static double? Num(double v) => double.IsFinite(v) ? v : null;

    /// <summary>The row's values in <see cref="Columns"/> order.</summary>
    public IReadOnlyList<object?> Values => [Id, Statistic, Z, P, PseudoP, PAdjusted, Class];
}
