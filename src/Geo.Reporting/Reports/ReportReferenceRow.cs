namespace Geo.Reporting.Reports;

/// <summary>One group of the national comparison: events per 100,000 residents a year for the municipality, its county, Sweden and the median of similar municipalities.</summary>
public sealed record ReportReferenceRow(string Group, string Label, double? Municipality, double? County, double? Sweden, double? SimilarMedian,
    double? RatioToCounty, double? RatioToSweden, double? RatioToSimilar);
