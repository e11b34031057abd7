namespace Geo.Reporting.Maps;

/// <summary>Resources as symbols by type (class="resource", shape and colour of <see cref="MapColours.OfResource"/>); the legend lists the types present.</summary>
/// <param name="Resources">The resources.</param>
/// <param name="Title">The legend's title; null: "Resurser" / "Resources".</param>
public sealed record ResourceLayer(IReadOnlyList<ResourcePoint> Resources, string? Title = null) : MapLayer;
