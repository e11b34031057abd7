namespace Geo.Sample;

/// <summary>
/// How one category behaves: its share of its file, time profile (hour of day, day of week Monday first, month,
/// a weekend-night boost for Friday and Saturday 22–04), where it happens (share near the population versus near
/// facilities of some types) and how precisely its time and place are reported.
/// </summary>
internal sealed record CategoryModel(
    string Code,
    double Share,
    double[] Hour,
    double[] Weekday,
    double[] Month,
    double WeekendNightBoost,
    IReadOnlyList<(string Type, double Weight, double Sigma)> Facilities,
    double PopulationWeight,
    double DayPrecisionShare,
    double WithheldShare,
    double AddressShare,
    double CentroidShare);
