using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Geo.Testing;

namespace Geo.Api.Tests.OpenApi;

/// <summary>
/// The OpenAPI document the service generates (/openapi/v1.json) is the one committed at docs/api/openapi.json (JSON
/// formatting aside), declares the API key as its Bearer security scheme, and the API reference page (/api-reference) is
/// anonymous and loads nothing from the internet.
/// </summary>
[Collection("api")]
public sealed class OpenApiDocumentTests(ApiFixture fixture)
{
    /// <summary>Set to 1 to rewrite the committed document from the served one.</summary>
    public const string UpdateVariable = "GEO_UPDATE_OPENAPI";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string CommittedPath => Path.Combine(RepoRoot.Path, "docs", "api", "openapi.json");

    /// <summary>The document in one formatting: indented, unescaped, LF line ends, a final newline.</summary>
    private static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";

    [Fact]
    public async Task The_served_document_is_the_committed_one()
    {
        using var client = fixture.Client(null);
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = Normalise(await response.Content.ReadAsStringAsync());
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommittedPath)!);
            await File.WriteAllTextAsync(CommittedPath, served);
            return;
        }
        var committed = File.Exists(CommittedPath) ? Normalise(await File.ReadAllTextAsync(CommittedPath)) : "(missing)";
        Assert.True(served == committed,
            $"docs/api/openapi.json is stale: the served /openapi/v1.json differs from it. Rewrite it with {UpdateVariable}=1 " +
            $"dotnet test tests/Geo.Api.Tests --filter FullyQualifiedName~OpenApiDocumentTests, check the diff and commit it. First difference: {FirstDifference(served, committed)}");
    }

    [Fact]
    public async Task The_document_declares_the_api_key_and_names_every_endpoint()
    {
        using var client = fixture.Client(null);
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = doc.RootElement;
        Assert.Equal("Geo API", root.GetProperty("info").GetProperty("title").GetString());
        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var runs = root.GetProperty("paths").GetProperty("/api/runs").GetProperty("get");
        Assert.Equal("ListRuns", runs.GetProperty("operationId").GetString());
        Assert.True(runs.GetProperty("security")[0].TryGetProperty("Bearer", out _));
        Assert.True(root.GetProperty("paths").GetProperty("/api/runs/{runId}/incidents").GetProperty("get").GetProperty("responses").TryGetProperty("403", out _));
        foreach (var path in root.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
            foreach (var op in path.Value.EnumerateObject())
            {
                Assert.True(op.Value.TryGetProperty("summary", out _), $"{op.Name} {path.Name} has no summary");
                // /api/config is the one anonymous /api route (the map page reads it before it has a key): no key declared there.
                Assert.Equal(path.Name != "/api/config", op.Value.TryGetProperty("security", out _));
            }
    }

    [Fact]
    public async Task The_api_reference_page_is_anonymous_and_offline()
    {
        using var client = fixture.Client(null);
        var page = await client.GetAsync("/api-reference/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>Geo API</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        // Its scripts are served by Geo itself.
        foreach (var script in new[] { "scalar.js", "scalar.aspnetcore.js" })
        {
            Assert.Contains($"src=\"{script}\"", html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api-reference/" + script)).StatusCode);
        }
    }

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            var x = i < la.Length ? la[i] : "(end)";
            var y = i < lb.Length ? lb[i] : "(end)";
            if (x != y) return $"line {i + 1}: served «{x.Trim()}», committed «{y.Trim()}»";
        }
        return "none";
    }
}
