using Geo.Core.Domain;
using Geo.Import.Profiles;
using Geo.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Geo.Import.Tests.Profiles;

/// <summary>Study areas for the real data sets: unions of their own area files, or generous rectangles.</summary>
internal static class RealStudyAreas
{
    private static readonly Dictionary<string, Lazy<StudyArea>> Areas = new()
    {
        // Sweden: a rectangle around the whole country in SWEREF 99 TM.
        ["sweden"] = new(() => Box("SE", 3006, 200_000, 6_050_000, 1_000_000, 7_750_000)),
        ["vancouver"] = new(() => Union("VAN", 32610, "vancouver-neighbourhoods", "crime/vancouver_2020/vancouver_neighbourhoods.geojson")),
        ["chicago"] = new(() => Union("CHI", 26971, "chicago-community-areas", "poi/chicago/boundaries/chicago_community_areas.geo.csv")),
        ["memphis"] = new(() => Union("MEM", 32616, "memphis-precincts", "crime/memphis/memphis_precincts.geojson")),
        // Greater Manchester (police.uk GMP force area) as a rectangle in British National Grid.
        ["greater-manchester"] = new(() => Box("GM", 27700, 340_000, 370_000, 420_000, 430_000)),
        ["manchester"] = new(() => Union("MAN", 27700, "manchester-wards", "crime/manchester/manchester_wards.geojson")),
    };

    public static StudyArea Get(string key) => Areas[key].Value;

    public static StudyArea Box(string code, int srid, double x0, double y0, double x1, double y1)
    {
        var gf = new GeometryFactory(new PrecisionModel(), srid);
        return new StudyArea(code, code, gf.CreateMultiPolygon([(Polygon)gf.ToGeometry(new Envelope(x0, x1, y0, y1))]), srid);
    }

    private static StudyArea Union(string code, int srid, string profile, string file)
    {
        var everywhere = new StudyArea(code, code, new GeometryFactory(new PrecisionModel(), srid).CreateMultiPolygon(), srid);
        using var src = Sources.OpenAreas(SharedData.Path(file), new ImportOptions(everywhere, ProfileCatalog.Get(profile)));
        var parts = src.Rows().Where(r => r.Value is not null).Select(r => r.Value!.Geometry.Buffer(0)).ToList();
        var union = UnaryUnionOp.Union(parts);
        var gf = new GeometryFactory(new PrecisionModel(), srid);
        var polygons = Enumerable.Range(0, union.NumGeometries).Select(i => union.GetGeometryN(i)).OfType<Polygon>().ToArray();
        return new StudyArea(code, code, gf.CreateMultiPolygon(polygons), srid);
    }
}
