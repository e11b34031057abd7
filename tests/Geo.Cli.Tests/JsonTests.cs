using System.Reflection;
using System.Text.Json;
using Geo.Cli.Output;
using Geo.Core.Domain;

namespace Geo.Cli.Tests;

/// <summary>The CLI's JSON options write every enum of Geo as text: its code where Codes has one, else its snake_case name.</summary>
public sealed class JsonTests
{
    /// <summary>Every public enum of the Geo assemblies the geo command is made of (found transitively from geo.dll).</summary>
    private static IReadOnlyList<Type> Enums()
    {
        var seen = new Dictionary<string, Assembly>();
        var queue = new Queue<Assembly>([typeof(GeoCli).Assembly]);
        while (queue.TryDequeue(out var a))
        {
            if (!seen.TryAdd(a.GetName().Name!, a)) continue;
            foreach (var r in a.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Geo.", StringComparison.Ordinal)))
                queue.Enqueue(Assembly.Load(r));
        }
        return seen.Values.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
    }

    public static TheoryData<Type> GeoEnums() => new(Enums());

    [Fact]
    public void The_enums_found_include_the_domain_and_the_statistics()
    {
        var found = Enums();
        Assert.Contains(typeof(ImportKind), found);
        Assert.Contains(typeof(LocationPrecision), found);
        Assert.Contains(found, t => t.Name == "EmergingClass");
    }

    [Theory]
    [MemberData(nameof(GeoEnums))]
    public void Every_value_is_written_as_text_and_read_back(Type enumType)
    {
        foreach (var value in Enum.GetValues(enumType))
        {
            var json = JsonSerializer.Serialize(value, enumType, Json.Options);
            Assert.StartsWith("\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, enumType, Json.Options));
            var asKey = JsonSerializer.Serialize(Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(enumType, typeof(int)))
                is System.Collections.IDictionary d ? Add(d, value) : null, Json.Options);
            Assert.Equal($"{{\n  {json}: 1\n}}", asKey.ReplaceLineEndings("\n"));
        }
    }

    private static System.Collections.IDictionary Add(System.Collections.IDictionary d, object key)
    {
        d.Add(key, 1);
        return d;
    }

    [Fact]
    public void Coded_enums_use_their_codes_the_others_snake_case()
    {
        Assert.Equal("\"incidents\"", JsonSerializer.Serialize(ImportKind.Incidents, Json.Options));
        Assert.Equal("\"study_area\"", JsonSerializer.Serialize(ImportKind.StudyArea, Json.Options));
        Assert.Equal("\"street_segment\"", JsonSerializer.Serialize(LocationPrecision.StreetSegment, Json.Options));
        Assert.Equal("\"minute\"", JsonSerializer.Serialize(TimePrecision.Minute, Json.Options));
        Assert.Equal("\"new_hot_spot\"", JsonSerializer.Serialize(Geo.Analysis.SpaceTime.EmergingClass.NewHotSpot, Json.Options));
        Assert.Equal("{\n  \"kind\": \"areas\",\n  \"precision\": null\n}",
            JsonSerializer.Serialize(new { kind = ImportKind.Areas, precision = (TimePrecision?)null }, Json.Options).ReplaceLineEndings("\n"));
        Assert.Equal(TimePrecision.Day, JsonSerializer.Deserialize<TimePrecision>("\"DAY\"", Json.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TimePrecision>("\"week\"", Json.Options));
    }
}
