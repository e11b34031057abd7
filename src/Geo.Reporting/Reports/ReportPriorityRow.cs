namespace Geo.Reporting.Reports;

/// <summary>Section 7: one prioritised problem with its rank, score, stability under other weights and reasons.</summary>
public sealed record ReportPriorityRow(string Kind, string TargetId, string Place, string Group, string GroupLabel, int Rank, double Score,
    double? Stability, IReadOnlyList<string> Reasons);
