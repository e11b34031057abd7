namespace Geo.Reporting.Reports;

/// <summary>Section 3: the municipality against its county, Sweden and similar municipalities (the police's public event feed).</summary>
public sealed record ReportReference(int Year, string Municipality, string County, IReadOnlyList<string> Similar, string? Note,
    IReadOnlyList<string> Notices, IReadOnlyList<ReportReferenceRow> Rows);
