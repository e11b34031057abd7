
namespace Geo.Formats.GeoJson;

/// <summary>A GeoJSON geometry that cannot be built (wrong type, bad coordinates); reported as <see cref="FeatureRow.GeometryError"/>.</summary>
internal sealed class GeoJsonGeometryException(string message) : Exception(message);
