using System.Text.Json;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Analysis.Tests.Weights;

/// <summary>Reads the Columbus GeoJSON (Anselin 1988, as shipped by GeoDa / libpysal) polygons and POLYIDs for the weights tests.</summary>
internal static class ColumbusPolygons
{
    public static string GalPath => SharedData.Path("reference/columbus/columbus.gal");

    /// <summary>The 49 polygons in file order with their POLYID.</summary>
    public static (IReadOnlyList<Geometry> Polygons, IReadOnlyList<int> PolyIds) Load()
    {
        var factory = new GeometryFactory();
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Path("reference/columbus/columbus.geojson")));
        var polygons = new List<Geometry>();
        var ids = new List<int>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            ids.Add((int)f.GetProperty("properties").GetProperty("POLYID").GetDouble());
            var g = f.GetProperty("geometry");
            var coords = g.GetProperty("coordinates");
            polygons.Add(g.GetProperty("type").GetString() switch
            {
                "Polygon" => Polygon(factory, coords),
                "MultiPolygon" => factory.CreateMultiPolygon(coords.EnumerateArray().Select(p => Polygon(factory, p)).ToArray()),
                var t => throw new InvalidDataException($"unexpected geometry type {t}"),
            });
        }
        return (polygons, ids);
    }

    private static Polygon Polygon(GeometryFactory factory, JsonElement rings)
    {
        var list = rings.EnumerateArray().Select(r => factory.CreateLinearRing(
            r.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble())).ToArray())).ToArray();
        return factory.CreatePolygon(list[0], list[1..]);
    }
}
