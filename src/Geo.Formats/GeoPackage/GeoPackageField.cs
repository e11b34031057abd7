namespace Geo.Formats.GeoPackage;

/// <summary>An attribute column of a GeoPackage feature table written by <see cref="GeoPackageFeatureWriter"/>.</summary>
/// <param name="Name">Column name.</param>
/// <param name="SqlType">INTEGER, REAL or TEXT (GeoPackage 1.2 §1.1.1.1.3 data types).</param>
public sealed record GeoPackageField(string Name, string SqlType);
