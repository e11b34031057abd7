namespace Geo.Formats.GeoJson;

/// <summary>What the first pass over a GeoJSON file found: root type, property names, feature count, the crs member.</summary>
internal sealed class GeoJsonLayout
{
    public string? RootType { get; set; }
    public List<string> Properties { get; } = [];
    public HashSet<string> PropertySet { get; } = new(StringComparer.Ordinal);
    public bool AnyId { get; set; }
    public long Features { get; set; }
    public bool HasFeaturesArray { get; set; }
    public bool HasCrs { get; set; }
    public string? CrsType { get; set; }
    public string? CrsName { get; set; }
    public int? CrsCode { get; set; }

    public void AddProperty(string name)
    {
        if (PropertySet.Add(name)) Properties.Add(name);
    }
}
