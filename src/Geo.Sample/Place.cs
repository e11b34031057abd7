namespace Geo.Sample;

/// <summary>A population cluster: isotropic normal density of <paramref name="Population"/> people around (X, Y).</summary>
internal sealed record Place(string Name, double X, double Y, int Population, double Sigma, PlaceKind Kind);
