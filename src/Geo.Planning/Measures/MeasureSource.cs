namespace Geo.Planning.Measures;

/// <summary>A published source the evidence notes cite by <see cref="Id"/>; <see cref="Citation"/> is the full reference.</summary>
public sealed record MeasureSource(string Id, string Citation);
