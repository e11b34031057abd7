namespace Geo.Formats.GeoJson;

/// <summary>What the first pass over a GeoJSON file found: root type, property names, feature count, the crs member, the first position that is not degrees.</summary>
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

    /// <summary>
    /// The first position that is not longitude/latitude degrees (|x| &gt; 180 or |y| &gt; 90) and its feature, or null; looked for
    /// only up to a "crs" member (with one, it does not matter).
    /// </summary>
    public (long Feature, double X, double Y)? FirstNonDegree { get; set; }

    public void AddProperty(string name)
    {
        if (PropertySet.Add(name)) Properties.Add(name);
    }
}
