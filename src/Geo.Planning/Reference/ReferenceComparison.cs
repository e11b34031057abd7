namespace Geo.Planning.Reference;

/// <summary>
/// A municipality's level against its county, Sweden and municipalities of similar population, from the national
/// reference table (<see cref="ReferenceService.GetComparisonAsync"/>).
/// </summary>
/// <param name="Source">Source of the reference table (<c>polisen</c>).</param>
/// <param name="LoadId">The <c>reference_load</c> it was read from.</param>
/// <param name="LoadedAt">When that table was loaded.</param>
/// <param name="Year">The year compared.</param>
/// <param name="DaysCovered">Days of that year the feed covers (rates are scaled to a whole year).</param>
/// <param name="FullYear">True when the feed covers the whole year.</param>
/// <param name="PopulationYear">The population year used for every year.</param>
/// <param name="Municipality">The municipality.</param>
/// <param name="County">Its county.</param>
/// <param name="Sweden">The country.</param>
/// <param name="Similar">The municipalities of similar population (the nearest in log population, itself excluded), nearest first.</param>
/// <param name="Groups">Per category group, <c>total</c> first.</param>
/// <param name="Notices">How the values were made, in words (the year chosen, the population year, the similar municipalities).</param>
public sealed record ReferenceComparison(
    string Source, long LoadId, DateTimeOffset LoadedAt, int Year, int DaysCovered, bool FullYear, int PopulationYear,
    ReferenceArea Municipality, ReferenceArea County, ReferenceArea Sweden, IReadOnlyList<ReferenceArea> Similar,
    IReadOnlyList<ReferenceGroupComparison> Groups, IReadOnlyList<string> Notices);
