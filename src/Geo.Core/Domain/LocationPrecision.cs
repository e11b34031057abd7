namespace Geo.Core.Domain;

/// <summary>How precisely the location of an incident is known.</summary>
public enum LocationPrecision
{
    /// <summary>Coordinates of the incident itself.</summary>
    Exact,
    /// <summary>Geocoded address or hundred-block.</summary>
    Address,
    /// <summary>Snapped to a street segment (e.g. police.uk anonymised points).</summary>
    StreetSegment,
    /// <summary>Centre point of an area (municipality, county, district).</summary>
    AreaCentroid,
    /// <summary>Location withheld by the source: the incident has no point.</summary>
    Withheld,
}
