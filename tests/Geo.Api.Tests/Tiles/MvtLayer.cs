namespace Geo.Api.Tests.Tiles;

/// <summary>A decoded vector tile layer.</summary>
public sealed record MvtLayer(string Name, uint Version, uint Extent, IReadOnlyList<MvtFeature> Features);
