using System.Text.Json.Serialization;

namespace Geo.Planning.Stats;

/// <summary>
/// One row of a local result, in input (or cell) order: id, statistic, z, p, pseudo_p, p_adjusted, class, reason. Where the
/// statistic is undefined (no neighbours, zero variance, a constant series) the numbers are null, the class is empty and
/// <see cref="Reason"/> says why; elsewhere the reason is null.
/// </summary>
public sealed record StatsRow(
    [property: JsonPropertyName("id")] object Id,
    [property: JsonPropertyName("statistic")] double? Statistic,
    [property: JsonPropertyName("z")] double? Z,
    [property: JsonPropertyName("p")] double? P,
    [property: JsonPropertyName("pseudo_p")] double? PseudoP,
    [property: JsonPropertyName("p_adjusted")] double? PAdjusted,
    [property: JsonPropertyName("class")] string Class,
    [property: JsonPropertyName("reason")] string? Reason = null)
{
    /// <summary>The column names of the rows, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "statistic", "z", "p", "pseudo_p", "p_adjusted", "class", "reason"];

    /// <summary>A finite value, or null (islands, untested cells).</summary>
    public static double? Num(double v) => double.IsFinite(v) ? v : null;

    /// <summary>The row's values in <see cref="Columns"/> order.</summary>
    [JsonIgnore]
    public IReadOnlyList<object?> Values => [Id, Statistic, Z, P, PseudoP, PAdjusted, Class, Reason];

    /// <summary>The row of a location whose statistic is undefined: no numbers, an empty class, the reason.</summary>
    public static StatsRow Undefined(object id, string reason) => new(id, null, null, null, null, null, "", reason);
}
