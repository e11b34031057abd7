namespace Geo.Planning.Reference;

/// <summary>
/// One category group (or <c>total</c>) of a reference comparison: events per 100,000 residents per year
/// (<c>per_100000_year</c>) of the municipality, its county, Sweden and the median of the similar municipalities.
/// </summary>
/// <param name="Group">Main group code of the taxonomy, or <c>total</c>.</param>
/// <param name="LabelSv">Swedish label.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Events">The municipality's events in the year.</param>
/// <param name="Municipality">The municipality's rate.</param>
/// <param name="County">Its county's rate.</param>
/// <param name="Sweden">Sweden's rate.</param>
/// <param name="SimilarMedian">Median rate of the similar municipalities.</param>
/// <param name="RatioToSweden">Municipality / Sweden; null when Sweden's rate is 0.</param>
/// <param name="RatioToCounty">Municipality / county; null when the county's rate is 0.</param>
/// <param name="RatioToSimilar">Municipality / similar median; null when the median is 0.</param>
public sealed record ReferenceGroupComparison(
    string Group, string LabelSv, string LabelEn, int Events,
    double Municipality, double County, double Sweden, double SimilarMedian,
    double? RatioToSweden, double? RatioToCounty, double? RatioToSimilar);
