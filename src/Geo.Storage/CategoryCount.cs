namespace Geo.Storage;

/// <summary>Incidents of one category in a study area.</summary>
/// <param name="Category">Category code.</param>
/// <param name="LabelSv">Swedish label.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Incidents">Number of incidents.</param>
/// <param name="WithoutLocation">How many of them have no point.</param>
public sealed record CategoryCount(string Category, string LabelSv, string LabelEn, long Incidents, long WithoutLocation);
