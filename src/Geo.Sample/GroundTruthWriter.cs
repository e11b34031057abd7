using System.Text;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Writes <c>ground_truth.json</c>: the planted hotspots (polygon as GeoJSON in EPSG:3006, categories, active
/// periods with rates, background, multiplier, incidents planted per year, trend and expected ArcGIS class), the
/// near-repeat parameters, the null areas, the seed and the generator version.
/// </summary>
internal static class GroundTruthWriter
{
    public const string FileName = "ground_truth.json";

    public static void Write(string path, SampleOptions o, Landscape land, IReadOnlyList<PlantedHotspot> hotspots, IReadOnlyList<NullArea> nulls, NearRepeatParameters nr)
    {
        var b = new StringBuilder();
        b.Append("{\n");
        b.Append("  \"generator\": ").Append(JsonText.Str(SampleGenerator.Version)).Append(",\n");
        b.Append("  \"seed\": ").Append(JsonText.Int(o.Seed)).Append(",\n");
        b.Append("  \"studyArea\": {\"code\": ").Append(JsonText.Str(land.Code)).Append(", \"name\": ").Append(JsonText.Str(land.Name))
            .Append(", \"srid\": 3006, \"population\": ").Append(JsonText.Int(land.Population)).Append("},\n");
        b.Append("  \"years\": {\"first\": ").Append(JsonText.Int(o.FirstYear)).Append(", \"count\": ").Append(JsonText.Int(o.Years))
            .Append(", \"incidentsPerYear\": ").Append(JsonText.Int(o.IncidentsPerYear)).Append("},\n");
        b.Append("  \"grid\": {\"cellMetres\": 250, \"origin\": [0, 0], \"note\": ")
            .Append(JsonText.Str("hotspot and null-area squares have corners on multiples of 250 m; planted extras are police incidents (incidents_police.csv) with exact locations")).Append("},\n");
        b.Append("  \"hotspots\": [\n");
        for (var i = 0; i < hotspots.Count; i++)
        {
            var h = hotspots[i];
            b.Append("    {\"id\": ").Append(JsonText.Str(h.Id)).Append(", \"trend\": ").Append(JsonText.Str(h.Trend))
                .Append(", \"categories\": [").Append(string.Join(", ", h.Categories.Select(JsonText.Str))).Append("]")
                .Append(", \"source\": ").Append(JsonText.Str(IncidentGenerator.PoliceSource))
                .Append(",\n     \"periods\": [")
                .Append(string.Join(", ", h.Periods.Select(p => $"{{\"from\": \"{p.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\", \"to\": \"{p.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\", \"extraPerYearAtStart\": {JsonText.Num(p.ExtraPerYearAtStart, 1)}, \"extraPerYearAtEnd\": {JsonText.Num(p.ExtraPerYearAtEnd, 1)}}}")))
                .Append("],\n     \"backgroundPerYear\": ").Append(JsonText.Num(h.BackgroundPerYear, 2))
                .Append(", \"multiplier\": ").Append(JsonText.Num(h.Multiplier, 1))
                .Append(", \"plantedPerYear\": [").Append(string.Join(", ", h.PlantedPerYear.Select(n => JsonText.Int(n)))).Append("]")
                .Append(",\n     \"expectedClass\": {\"quarterly\": ").Append(JsonText.Str(h.ExpectedClassQuarterly)).Append(", \"yearly\": ").Append(JsonText.Str(h.ExpectedClassYearly)).Append("}")
                .Append(",\n     \"polygon\": ").Append(JsonText.Geometry(h.Polygon)).Append('}')
                .Append(i < hotspots.Count - 1 ? ",\n" : "\n");
        }
        b.Append("  ],\n");
        b.Append("  \"nearRepeat\": {\"category\": ").Append(JsonText.Str(nr.Category)).Append(", \"distanceMetres\": ").Append(JsonText.Num(nr.DistanceMetres, 0))
            .Append(", \"days\": ").Append(JsonText.Int(nr.Days)).Append(", \"chainProbability\": ").Append(JsonText.Num(nr.ChainProbability, 2))
            .Append(", \"meanFollowers\": ").Append(JsonText.Num(nr.MeanFollowers, 2)).Append("},\n");
        b.Append("  \"nullAreas\": [\n");
        for (var i = 0; i < nulls.Count; i++)
        {
            var n = nulls[i];
            b.Append("    {\"id\": ").Append(JsonText.Str(n.Id)).Append(", \"backgroundPerYear\": ").Append(JsonText.Num(n.BackgroundPerYear, 2))
                .Append(", \"polygon\": ").Append(JsonText.Geometry(n.Polygon)).Append('}').Append(i < nulls.Count - 1 ? ",\n" : "\n");
        }
        b.Append("  ]\n}\n");
        File.WriteAllText(path, b.ToString(), new UTF8Encoding(false));
    }

    public static Polygon Square(Envelope e) => (Polygon)Landscape.Factory.ToGeometry(e);
}
