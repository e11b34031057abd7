using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Geo.Api.Tests.Runs;

/// <summary>Reading answers in the tests of the study-area, run, plan, report and import routes.</summary>
internal static class ApiResponses
{
    /// <summary>The JSON body of a response that must have <paramref name="status"/> (the body is shown when it has not).</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>
    /// Asserts a problem-details answer with <paramref name="status"/> whose detail contains every one of
    /// <paramref name="naming"/> (what was wrong), and returns it.
    /// </summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, params string[] naming)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var detail = problem.GetProperty("detail").GetString() ?? "";
        foreach (var n in naming) Assert.Contains(n, detail, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>GET with <paramref name="role"/>'s key (none when null); the body is read before the client goes.</summary>
    public static async Task<HttpResponseMessage> GetAsync(this ApiFixture fixture, string? role, string url)
    {
        using var client = fixture.Client(role);
        return await client.GetAsync(url);
    }

    /// <summary>A request with a JSON body and <paramref name="role"/>'s key; the answer's body is read before the client goes.</summary>
    public static async Task<HttpResponseMessage> SendAsync(this ApiFixture fixture, string? role, HttpMethod method, string url, object? body)
    {
        using var client = fixture.Client(role);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request);
    }
}
