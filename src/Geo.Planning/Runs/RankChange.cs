namespace Geo.Planning.Runs;

/// <summary>A problem (area or hotspot and category group) and its rank in two runs (null = not in that run's top N).</summary>
public sealed record RankChange(string TargetKind, string TargetId, string CategoryGroup, int? RankA, int? RankB, string[] ReasonsSv, string[] ReasonsEn);
