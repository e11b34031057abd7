namespace Geo.Storage;

/// <summary>A resource near a target with its distance (ST_Distance in the working CRS: metres; 0 when it touches or is inside).</summary>
/// <param name="TargetId">The target's id.</param>
/// <param name="ResourceId">The resource's database id.</param>
/// <param name="Type">Resource type code.</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="Owner">Owning agency, if known.</param>
/// <param name="OpeningHours">Opening hours text, if known.</param>
/// <param name="Distance">Distance in metres.</param>
public sealed record ResourceDistance(int TargetId, long ResourceId, string Type, string? Name, string? Owner, string? OpeningHours, double Distance);
