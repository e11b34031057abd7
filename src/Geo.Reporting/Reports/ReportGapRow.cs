namespace Geo.Reporting.Reports;

/// <summary>Section 8: a hotspot with a coverage gap: its areas, incidents (null when suppressed), the gap's kind, uncovered share and windows.</summary>
public sealed record ReportGapRow(int HotspotId, IReadOnlyList<string> Areas, int? Incidents, string Kind, double? UncoveredShare, IReadOnlyList<string> Windows);
