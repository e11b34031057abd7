namespace Geo.Planning.Stats;

/// <summary>Global Moran's I of a layer with row-standardised weights (<c>geo stats moran</c>).</summary>
public sealed record MoranRequest(LayerRequest Layer, string? Weights = null, int Permutations = 999, ulong Seed = 42);
