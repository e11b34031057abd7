namespace Geo.Planning.Reference;

/// <summary>What a location name of the feed means: a municipality or county (by index), or nothing known.</summary>
internal readonly record struct PlaceMatch(PlaceKind Kind, int Index)
{
    public static PlaceMatch None => new(PlaceKind.None, -1);
}
