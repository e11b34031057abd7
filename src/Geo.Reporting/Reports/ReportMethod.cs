namespace Geo.Reporting.Reports;

/// <summary>Section 2: how the run was made (its announced choices), the sources it read, the data quality and what the data cannot say.</summary>
public sealed record ReportMethod(IReadOnlyList<string> Choices, IReadOnlyList<ReportSource> Sources, IReadOnlyList<string> Quality, IReadOnlyList<string> Missing);
