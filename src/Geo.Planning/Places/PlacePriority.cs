namespace Geo.Planning.Places;

/// <summary>A place's priority: its rank among the run's problems of its kind, score, stability and reasons in the viewer's language (small counts in words suppressed).</summary>
public sealed record PlacePriority(int Rank, double Score, double? Stability, IReadOnlyList<string> Reasons, string Group);
