namespace Geo.Core.Crs;

/// <summary>Raised for an EPSG code Geo has no definition for.</summary>
public sealed class UnsupportedCrsException(int srid)
    : Exception($"EPSG:{srid} is not supported. Supported: EPSG:4326, 3006 (SWEREF 99 TM), 3006-3018 (SWEREF 99 local zones), 3021 (RT90 2.5 gon V), 3857, 26971, 27700, 32601-32660, 32701-32760.")
{
    public int Srid { get; } = srid;
}
