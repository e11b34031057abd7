namespace Geo.Core.Domain;

/// <summary>
/// The one place where Geo's enums get their text codes: in files and profiles, in the database (the CHECK constraints of
/// the migrations list the same codes; a storage test compares them) and in JSON output.
/// </summary>
public static class Codes
{
    public static readonly CodeMap<TimePrecision> TimePrecision = new(
    [
        (Domain.TimePrecision.Minute, "minute"),
        (Domain.TimePrecision.Hour, "hour"),
        (Domain.TimePrecision.Day, "day"),
        (Domain.TimePrecision.Month, "month"),
        (Domain.TimePrecision.Year, "year"),
    ]);

    public static readonly CodeMap<LocationPrecision> LocationPrecision = new(
    [
        (Domain.LocationPrecision.Exact, "exact"),
        (Domain.LocationPrecision.Address, "address"),
        (Domain.LocationPrecision.StreetSegment, "street_segment"),
        (Domain.LocationPrecision.AreaCentroid, "area_centroid"),
        (Domain.LocationPrecision.Withheld, "withheld"),
    ]);

    public static readonly CodeMap<ImportKind> ImportKind = new(
    [
        (Domain.ImportKind.Incidents, "incidents"),
        (Domain.ImportKind.Resources, "resources"),
        (Domain.ImportKind.Areas, "areas"),
        (Domain.ImportKind.StudyArea, "study_area"),
    ]);

    public static string Code(this TimePrecision value) => TimePrecision.Code(value);

    public static string Code(this LocationPrecision value) => LocationPrecision.Code(value);

    public static string Code(this ImportKind value) => ImportKind.Code(value);
}
