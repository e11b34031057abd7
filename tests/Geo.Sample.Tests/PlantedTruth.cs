using System.Text.Json;
using Geo.Core.Domain;
using Geo.Import;
using NetTopologySuite.Geometries;

namespace Geo.Sample.Tests;

/// <summary>Reads back what a generated sample folder says was planted, independently of the generator's own types.</summary>
internal static class PlantedTruth
{
    public static JsonDocument Read(SampleFixture sample) => JsonDocument.Parse(File.ReadAllText(sample.File("ground_truth.json")));

    /// <summary>The square of a ground-truth polygon (its envelope).</summary>
    public static Envelope Square(JsonElement polygon)
    {
        var e = new Envelope();
        foreach (var p in polygon.GetProperty("coordinates")[0].EnumerateArray()) e.ExpandToInclude(p[0].GetDouble(), p[1].GetDouble());
        return e;
    }

    /// <summary>True when the local time's hour of the week (Monday 00–01 = 0) lies in the window { days, startHour, endHour } (end at or before start: next day).</summary>
    public static bool InWindow(JsonElement window, DateTime local)
    {
        var how = ((int)local.DayOfWeek + 6) % 7 * 24 + local.Hour;
        var start = window.GetProperty("startHour").GetInt32();
        var end = window.GetProperty("endHour").GetInt32();
        var length = end > start ? end - start : end + 24 - start;
        foreach (var d in window.GetProperty("days").EnumerateArray())
        {
            var first = d.GetInt32() * 24 + start;
            if (((how - first) % 168 + 168) % 168 < length) return true;
        }
        return false;
    }

    /// <summary>Police incidents of the hotspot's categories with a minute time and coordinates inside its square (closed).</summary>
    public static List<CsvIncident> InSquare(SampleFixture sample, JsonElement hotspot)
    {
        var sq = Square(hotspot.GetProperty("polygon"));
        var cats = hotspot.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal);
        return CsvIncident.Read(sample.File("incidents_police.csv"))
            .Where(i => i.TimePrecision == "minute" && cats.Contains(i.Category) && i.X is { } x && i.Y is { } y
                        && x >= sq.MinX && x <= sq.MaxX && y >= sq.MinY && y <= sq.MaxY)
            .ToList();
    }

    public static int Planted(JsonElement hotspot) => hotspot.GetProperty("plantedPerYear").EnumerateArray().Sum(n => n.GetInt32());

    /// <summary>The resources file as the importer reads it.</summary>
    public static List<Resource> Resources(SampleFixture sample)
    {
        using var source = Sources.OpenResources(sample.File(SampleGenerator.ResourcesFile), new ImportOptions(sample.StudyArea) { Source = "exempelkommun" });
        return source.Rows().Select(r => r.Value!).ToList();
    }
}
