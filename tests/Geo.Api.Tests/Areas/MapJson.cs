using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Geo.Api.Tests.Areas;

/// <summary>Helpers of the map data tests: GET as JSON, independent SQL on the fixture's database, and the walk for small counts.</summary>
internal static partial class MapJson
{
    /// <summary>GETs <paramref name="url"/> as <paramref name="role"/>, asserts 200 and returns the JSON.</summary>
    public static async Task<JsonElement> GetAsync(ApiFixture fixture, string? role, string url)
    {
        using var client = fixture.Client(role);
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} as {role}: {(int)response.StatusCode} {body}");
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.Clone();
    }

    /// <summary>GETs <paramref name="url"/>, asserts the status and that the body is a problem whose detail contains every one of <paramref name="words"/>.</summary>
    public static async Task<string> ProblemAsync(ApiFixture fixture, string? role, string url, HttpStatusCode status, params string[] words)
    {
        using var client = fixture.Client(role);
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url} as {role}: expected {(int)status}, got {(int)response.StatusCode} {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? "");
        using var doc = JsonDocument.Parse(body);
        var detail = doc.RootElement.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        foreach (var w in words) Assert.Contains(w, detail);
        return detail;
    }

    /// <summary>The rows of an independent SQL query on the fixture's database (positional parameters).</summary>
    public static Task<List<object?[]>> SqlAsync(ApiFixture fixture, string sql, params object[] parameters) =>
        Sql.PositionalRowsAsync(fixture.ConnectionString, sql, parameters);

    /// <summary>
    /// The small counts (1 to 4) a JSON document shows: the values of every count field (<c>incidents</c>, the
    /// <c>counts</c> of a monthly series, <c>hourWeekday</c>) anywhere in it, and counts in words ("3 händelser",
    /// "2 incidents") in any text. Each finding names its path.
    /// </summary>
    public static List<string> SmallCounts(JsonElement e, int below = 5)
    {
        var found = new List<string>();
        Walk(e, "$", null, found, below);
        return found;
    }

    private static void Walk(JsonElement e, string path, string? property, List<string> found, int below)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject()) Walk(p.Value, $"{path}.{p.Name}", p.Name, found, below);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var x in e.EnumerateArray()) Walk(x, $"{path}[{i++}]", property, found, below);
                break;
            case JsonValueKind.Number when property is "incidents" or "counts" or "hourWeekday":
                if (e.GetDouble() is >= 1 and var v && v < below) found.Add($"{path} = {v}");
                break;
            case JsonValueKind.String:
                foreach (Match m in CountInWords().Matches(e.GetString()!))
                    if (int.Parse(m.Groups[1].Value) is >= 1 and var n && n < below) found.Add($"{path}: \"{m.Value}\"");
                break;
        }
    }

    [GeneratedRegex(@"(?<![\d<,.])(\d+) (händelser|händelse|incidents|incident)\b")]
    private static partial Regex CountInWords();
}
