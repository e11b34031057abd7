namespace Geo.Sample;

/// <summary>Kinds of <see cref="Place"/>.</summary>
internal enum PlaceKind { Centre, Residential, Industrial, Village, Rural }

/// <summary>A population cluster: isotropic normal density of <paramref name="Population"/> people around (X, Y).</summary>
internal sealed record Place(string Name, double X, double Y, int Population, double Sigma, PlaceKind Kind);
