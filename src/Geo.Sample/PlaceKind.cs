namespace Geo.Sample;

/// <summary>Kinds of <see cref="Place"/>: the town centre, residential districts, an industrial area, villages, the rural rest.</summary>
internal enum PlaceKind { Centre, Residential, Industrial, Village, Rural }
