namespace Geo.Planning.Reference;

/// <summary>The kind of place a location name of the feed names.</summary>
internal enum PlaceKind
{
    None,
    Municipality,
    County,
}
