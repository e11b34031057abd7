using Geo.Core.Domain;

namespace Geo.Import.Mapping;

/// <summary>The snake_case names of precision values used in files and profiles.</summary>
internal static class Names
{
    public static string Of(LocationPrecision p) => p switch
    {
        LocationPrecision.Exact => "exact",
        LocationPrecision.Address => "address",
        LocationPrecision.StreetSegment => "street_segment",
        LocationPrecision.AreaCentroid => "area_centroid",
        _ => "withheld",
    };

    public static bool TryParseLocationPrecision(ReadOnlySpan<char> s, out LocationPrecision p)
    {
        foreach (var v in Enum.GetValues<LocationPrecision>())
        {
            if (s.Equals(Of(v), StringComparison.OrdinalIgnoreCase)) { p = v; return true; }
        }
        p = LocationPrecision.Exact;
        return false;
    }

    public static bool TryParseTimePrecision(ReadOnlySpan<char> s, out TimePrecision p)
    {
        foreach (var v in Enum.GetValues<TimePrecision>())
        {
            if (s.Equals(v.ToString(), StringComparison.OrdinalIgnoreCase)) { p = v; return true; }
        }
        p = TimePrecision.Minute;
        return false;
    }
}
