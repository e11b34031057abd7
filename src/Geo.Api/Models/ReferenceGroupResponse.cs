namespace Geo.Api.Models;

/// <summary>
/// One category group (or <c>total</c>) of a reference comparison: the municipality's events in the year and events per
/// 100,000 residents a year of the municipality, its county, Sweden and the median of similar municipalities, with the
/// ratios. For coordinators and partners an events count from 1 to k−1 is null with <see cref="Suppressed"/>, and the
/// municipality's rate and ratios with it.
/// </summary>
public sealed record ReferenceGroupResponse(string Group, string LabelSv, string LabelEn, int? Events, bool Suppressed,
    double? Municipality, double County, double Sweden, double SimilarMedian, double? RatioToSweden, double? RatioToCounty, double? RatioToSimilar);
