namespace Geo.Planning.Runs;

/// <summary>
/// What <c>geo analyze</c> asks for. Everything but the study area is optional; the run resolves and announces the
/// defaults: the last 12 full months of data against the 12 before, the finest area set with population, every
/// category, the automatic cell size, the study area's stored config (or the built-in defaults).
/// </summary>
/// <param name="Categories">Category codes or main groups (e.g. violence, theft.bicycle); null = every category.</param>
/// <param name="CellSize">Grid cell size in metres; null = automatic.</param>
/// <param name="ConfigFile">A JSON <see cref="AnalysisConfig"/>; null = the study area's stored config, else the defaults.</param>
public sealed record AnalyzeRequest(
    string StudyAreaCode,
    DateOnly? From = null,
    DateOnly? To = null,
    DateOnly? CompareFrom = null,
    DateOnly? CompareTo = null,
    string? AreaSet = null,
    IReadOnlyList<string>? Categories = null,
    double? CellSize = null,
    string? ConfigFile = null,
    string? Label = null,
    string CreatedBy = "geo");
