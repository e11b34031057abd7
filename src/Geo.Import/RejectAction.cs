namespace Geo.Import;

/// <summary>What happened to a row that the validation reported.</summary>
public enum RejectAction
{
    /// <summary>The row was not loaded.</summary>
    Rejected,
    /// <summary>Loaded after a repair (e.g. an invalid polygon made valid with ST_MakeValid).</summary>
    Repaired,
    /// <summary>Loaded as an incident without a location (missing or withheld coordinates).</summary>
    KeptWithoutLocation,
    /// <summary>
    /// Not loaded and not counted as a reject: the row lies outside the study area and the user asked to skip
    /// such rows (<c>--outside skip</c>, for national feeds loaded per municipality).
    /// </summary>
    SkippedOutside,
    /// <summary>Loaded; something worth a look (e.g. swapped lat/lon fixed, point just outside the boundary within tolerance).</summary>
    Warning,
}
