namespace Geo.Api.Models;

/// <summary>A priority's rank in run A and run B (null: not ranked there) with its reasons.</summary>
public sealed record RankChangeResponse(string TargetKind, string TargetId, string Group, int? RankA, int? RankB, IReadOnlyList<string> Reasons);
