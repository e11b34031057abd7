namespace Geo.Formats.GeoPackage;

/// <summary>A feature table of a GeoPackage: its geometry column and spatial reference system.</summary>
internal sealed record GeoPackageLayer(string Table, string GeometryColumn, string GeometryType, int SrsId, int? EpsgCode, string SrsDescription);
