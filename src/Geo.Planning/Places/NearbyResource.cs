namespace Geo.Planning.Places;

/// <summary>A resource near a hotspot: within the run's coverage distance or the nearest of its type, with its opening hours (OSM syntax) and distance in metres.</summary>
public sealed record NearbyResource(string Name, string Type, string? Owner, string? OpeningHours, double Distance, bool Within);
