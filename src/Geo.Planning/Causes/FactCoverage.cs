namespace Geo.Planning.Causes;

/// <summary>
/// The coverage gap of a problem: <c>none</c>, <c>spatial</c> (no prevention resource within the coverage distance) or
/// <c>temporal</c> (most incidents when none is open), the share of incidents uncovered, and the uncovered windows.
/// </summary>
public sealed record FactCoverage(string Kind, double? UncoveredShare, IReadOnlyList<FactWindow> Windows);
