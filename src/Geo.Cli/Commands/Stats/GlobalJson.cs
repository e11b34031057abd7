using System.Text.Json.Serialization;

namespace Geo.Cli.Commands.Stats;

/// <summary>
/// The --json object of a global statistic; the cell size and its rule only in grid mode. An undefined statistic has null
/// numbers and <c>undefined</c> says why.
/// </summary>
internal sealed record GlobalJson(
    double? Statistic, double Expected, double? Variance, double? Z, double? P, double? PseudoP, int Permutations, ulong? Seed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? CellSize = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CellSizeRule = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Cells = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Undefined = null);
