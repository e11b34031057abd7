using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Geo.Formats.GeoJson;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Writes <c>ground_truth.json</c>: the planted hotspots (polygon as a GeoJSON geometry in EPSG:3006, categories, active
/// periods with rates, background, multiplier, incidents planted per year, trend and expected ArcGIS class), the
/// near-repeat parameters, the null areas, the planted time profiles and coverage gaps, the seed and the generator version.
/// </summary>
internal static class GroundTruthWriter
{
    public const string FileName = "ground_truth.json";

    public static void Write(string path, SampleOptions o, Landscape land, IReadOnlyList<PlantedHotspot> hotspots, IReadOnlyList<NullArea> nulls, NearRepeatParameters nr,
        IReadOnlyList<PlantedCoverageGap> gaps)
    {
        using var file = File.Create(path);
        using (var w = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("generator", SampleGenerator.Version);
            w.WriteNumber("seed", o.Seed);
            w.WriteStartObject("studyArea");
            w.WriteString("code", land.Code);
            w.WriteString("name", land.Name);
            w.WriteNumber("srid", 3006);
            w.WriteNumber("population", land.Population);
            w.WriteEndObject();
            w.WriteStartObject("years");
            w.WriteNumber("first", o.FirstYear);
            w.WriteNumber("count", o.Years);
            w.WriteNumber("incidentsPerYear", o.IncidentsPerYear);
            w.WriteEndObject();
            w.WriteStartObject("grid");
            w.WriteNumber("cellMetres", 250);
            w.WriteStartArray("origin"); w.WriteNumberValue(0); w.WriteNumberValue(0); w.WriteEndArray();
            w.WriteString("note", "hotspot and null-area squares have corners on multiples of 250 m; planted extras are police incidents (incidents_police.csv) with exact locations");
            w.WriteEndObject();
            w.WriteStartArray("hotspots");
            foreach (var h in hotspots)
            {
                w.WriteStartObject();
                w.WriteString("id", h.Id);
                w.WriteString("trend", h.Trend);
                w.WriteStartArray("categories");
                foreach (var c in h.Categories) w.WriteStringValue(c);
                w.WriteEndArray();
                w.WriteString("source", IncidentGenerator.PoliceSource);
                w.WriteStartArray("periods");
                foreach (var p in h.Periods)
                {
                    w.WriteStartObject();
                    w.WriteString("from", p.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("to", p.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteNumber("extraPerYearAtStart", Math.Round(p.ExtraPerYearAtStart, 1));
                    w.WriteNumber("extraPerYearAtEnd", Math.Round(p.ExtraPerYearAtEnd, 1));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("backgroundPerYear", Math.Round(h.BackgroundPerYear, 2));
                w.WriteNumber("multiplier", Math.Round(h.Multiplier, 1));
                w.WriteStartArray("plantedPerYear");
                foreach (var n in h.PlantedPerYear) w.WriteNumberValue(n);
                w.WriteEndArray();
                WriteProfile(w, h.TimeProfile);
                w.WriteStartObject("expectedClass");
                w.WriteString("quarterly", h.ExpectedClassQuarterly);
                w.WriteString("yearly", h.ExpectedClassYearly);
                w.WriteEndObject();
                w.WritePropertyName("polygon");
                GeoJsonFeatureWriter.WriteGeometry(w, SampleGeoJson.Centimetres(h.Polygon));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("nearRepeat");
            w.WriteString("category", nr.Category);
            w.WriteNumber("distanceMetres", Math.Round(nr.DistanceMetres));
            w.WriteNumber("days", nr.Days);
            w.WriteNumber("chainProbability", Math.Round(nr.ChainProbability, 2));
            w.WriteNumber("meanFollowers", Math.Round(nr.MeanFollowers, 2));
            w.WriteEndObject();
            w.WriteStartArray("nullAreas");
            foreach (var n in nulls)
            {
                w.WriteStartObject();
                w.WriteString("id", n.Id);
                w.WriteNumber("backgroundPerYear", Math.Round(n.BackgroundPerYear, 2));
                w.WritePropertyName("polygon");
                GeoJsonFeatureWriter.WriteGeometry(w, SampleGeoJson.Centimetres(n.Polygon));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("coverageGaps");
            foreach (var g in gaps) WriteGap(w, g);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        file.Write("\n"u8);
    }

    private static void WriteWindow(Utf8JsonWriter w, WeeklyWindow window)
    {
        w.WriteStartArray("days");
        foreach (var d in window.Days) w.WriteNumberValue(d);
        w.WriteEndArray();
        w.WriteNumber("startHour", window.StartHour);
        w.WriteNumber("endHour", window.EndHour);
    }

    private static void WriteProfile(Utf8JsonWriter w, PlantedTimeProfile p)
    {
        w.WriteStartObject("timeProfile");
        w.WriteString("description", p.Profile.Description);
        WriteWindow(w, p.Profile.Window);
        w.WriteNumber("share", p.Profile.Share);
        w.WriteNumber("expectedShareInWindow", p.ExpectedShareInWindow);
        w.WriteNumber("extraIncidents", p.ExtraIncidents);
        w.WriteNumber("observedShareInWindow", p.ObservedShareInWindow);
        w.WriteString("note", "days Monday = 0; endHour <= startHour runs past midnight into the next day; share = planted probability that an extra incident is put in the window, the rest follow the category's usual profile (which also reaches the window: expectedShareInWindow)");
        w.WriteEndObject();
    }

    private static void WriteGap(Utf8JsonWriter w, PlantedCoverageGap g)
    {
        w.WriteStartObject();
        w.WriteString("hotspot", g.Hotspot);
        w.WriteString("resource", g.Resource);
        w.WriteString("resourceName", g.ResourceName);
        w.WriteString("openingHours", g.OpeningHours);
        w.WriteNumber("distanceMetres", g.DistanceMetres);
        w.WriteNumber("distanceFromCentreMetres", g.DistanceFromCentreMetres);
        w.WriteStartObject("licensedPremises");
        w.WriteString("resource", g.LicensedPremises);
        w.WriteString("openingHours", g.LicensedPremisesHours);
        w.WriteNumber("distanceMetres", g.LicensedPremisesDistanceMetres);
        w.WriteEndObject();
        w.WriteStartObject("uncoveredWindow");
        WriteWindow(w, g.UncoveredWindow);
        w.WriteEndObject();
        w.WriteNumber("withinMetres", g.WithinMetres);
        w.WriteStartArray("preventionTypes");
        foreach (var t in g.PreventionTypes) w.WriteStringValue(t);
        w.WriteEndArray();
        w.WriteStartArray("preventionWithin");
        foreach (var t in g.PreventionWithin) w.WriteStringValue(t);
        w.WriteEndArray();
        if (g.FieldWorkAreaDistanceMetres is { } fw) w.WriteNumber("fieldWorkAreaDistanceMetres", fw);
        w.WriteNumber("extraIncidents", g.ExtraIncidents);
        w.WriteNumber("uncoveredShareOfExtras", g.UncoveredShareOfExtras);
        w.WriteNumber("uncoveredShareOfWindow", g.UncoveredShareOfWindow);
        w.WriteNumber("expectedUncoveredShareAtLeast", g.ExpectedUncoveredShareAtLeast);
        w.WriteString("note", g.Note);
        w.WriteEndObject();
    }

    public static Polygon Square(Envelope e) => (Polygon)Landscape.Factory.ToGeometry(e);
}
