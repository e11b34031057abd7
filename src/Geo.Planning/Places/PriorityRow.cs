namespace Geo.Planning.Places;

/// <summary>A problem of a run's priority list: rank within its kind, the target (area code or hotspot id) with its name and bbox in WGS 84, group, score, stability and reasons.</summary>
public sealed record PriorityRow(
    int Rank,
    string Kind,
    string TargetId,
    string Name,
    string Group,
    double Score,
    double? Stability,
    IReadOnlyList<string> Reasons,
    double[]? Bbox);
