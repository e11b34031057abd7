namespace Geo.Storage;

/// <summary>One rate of the national reference table (a row of <c>reference_rate</c> without its source and load).</summary>
/// <param name="Level"><c>municipality</c>, <c>county</c> or <c>country</c>.</param>
/// <param name="Code">Municipality code (4 digits), county code (2 digits) or <c>SE</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="CountyCode">The county of a municipality (a county's own code for a county, null for the country).</param>
/// <param name="Year">Calendar year (local time of the source).</param>
/// <param name="CategoryGroup">A main group of the taxonomy, or <c>total</c>.</param>
/// <param name="Events">Events counted.</param>
/// <param name="Population">Residents.</param>
/// <param name="DaysCovered">Days of the year the source covers.</param>
/// <param name="Per100000">Events per 100,000 residents in the days covered.</param>
/// <param name="Per100000Year">Per100000 scaled to a whole year (× days in the year / days covered).</param>
public sealed record ReferenceRateRow(
    string Level, string Code, string Name, string? CountyCode, int Year, string CategoryGroup,
    int Events, int Population, int DaysCovered, double Per100000, double Per100000Year);
