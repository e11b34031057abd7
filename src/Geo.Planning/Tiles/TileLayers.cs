using Geo.Core.Domain;

namespace Geo.Planning.Tiles;

/// <summary>
/// The vector tile layers and the least role that may read each: the boundary, areas and hotspots any key (partner);
/// grid cells, density and resources a coordinator; incident points an analyst only.
/// </summary>
public static class TileLayers
{
    public const string Boundary = "boundary";
    public const string Areas = "areas";
    public const string Cells = "cells";
    public const string Density = "density";
    public const string Hotspots = "hotspots";
    public const string Resources = "resources";
    public const string Incidents = "incidents";

    /// <summary>Every layer, in drawing order from the bottom.</summary>
    public static readonly IReadOnlyList<string> All = [Boundary, Areas, Density, Cells, Hotspots, Resources, Incidents];

    /// <summary>True for a known layer name (lower case).</summary>
    public static bool IsKnown(string? layer) => layer is not null && All.Contains(layer, StringComparer.Ordinal);

    /// <summary>The least role that may read <paramref name="layer"/>.</summary>
    /// <exception cref="ArgumentException">An unknown layer.</exception>
    public static string RoleOf(string layer) => layer switch
    {
        Boundary or Areas or Hotspots => Roles.Partner,
        Cells or Density or Resources => Roles.Coordinator,
        Incidents => Roles.Analyst,
        _ => throw new ArgumentException($"There is no tile layer '{layer}': use one of {string.Join(", ", All)}.", nameof(layer)),
    };

    /// <summary>True when the layer depends on the category group (<c>?group=</c>): areas (indicators) and hotspots (priority rank).</summary>
    public static bool UsesGroup(string layer) => layer is Areas or Hotspots;
}
