using Geo.Import;

namespace Geo.Planning.Imports;

/// <summary>The first lines of an import's reject report (<see cref="Lines"/>) and how many it holds in all (<see cref="Total"/>).</summary>
public sealed record RejectReportSample(IReadOnlyList<Reject> Lines, long Total)
{
    /// <summary>No report (nothing was reported).</summary>
    public static RejectReportSample Empty { get; } = new([], 0);

    /// <summary>True when the report holds more lines than <see cref="Lines"/>.</summary>
    public bool Truncated => Total > Lines.Count;
}
