using System.Net.Http.Headers;
using Geo.Core.Domain;
using Microsoft.AspNetCore.Routing;

namespace Geo.Api.Tests.Security;

/// <summary>
/// Hostile text through every text route parameter and every query parameter the route contract names, on every route
/// (enumerated from the service's endpoints), as the analyst (who passes every role check, so the handlers run): never
/// a 5xx (pages: never a 500), every error of /api, /tiles and /health a ProblemDetails, no stack trace anywhere, and the
/// data untouched afterwards.
/// </summary>
[Collection("api")]
public sealed class InjectionTests(ApiFixture fixture)
{
    public static readonly string[] Payloads =
    [
        "' OR 1=1 --",
        "'; DROP TABLE incident; --",
        "9999' UNION SELECT key_hash::text, prefix FROM api_key --",
        "1; SELECT pg_sleep(10)",
        "%00",
        "a\0b",
        "../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "<script>alert(1)</script>",
        "\"},{\"x\":1",
        "åäö ∑ \u202e",
        new string('A', 3000),
    ];

    [Fact]
    public async Task Hostile_text_in_every_parameter_gives_no_server_error_and_changes_nothing()
    {
        const string counts = "SELECT (SELECT count(*) FROM incident) || '/' || (SELECT count(*) FROM api_key) || '/' || (SELECT count(*) FROM analysis_run)";
        var before = await Sql.ScalarAsync<string>(fixture.ConnectionString, counts);
        var values = await RouteProbe.ValuesAsync(fixture);
        using var client = fixture.Client(Roles.Analyst);
        var failures = new List<string>();
        var exercised = new HashSet<string>(StringComparer.Ordinal);
        var requests = 0;
        foreach (var endpoint in RouteProbe.Endpoints(fixture.Factory.Services))
        foreach (var method in RouteProbe.Methods(endpoint))
        {
            var template = RouteProbe.Template(endpoint);
            var basePath = RouteProbe.Path(endpoint, values);
            foreach (var payload in Payloads)
            {
                // A NUL in the path is refused by Kestrel itself (400) before Geo sees the request (the test server throws
                // instead), so NULs go through the query string only.
                foreach (var name in RouteProbe.Parameters(endpoint).Where(n => !RouteProbe.IsTyped(endpoint, n) && !payload.Contains('\0')))
                {
                    var path = RouteProbe.Path(endpoint, new Dictionary<string, string>(values) { [name] = payload });
                    await CheckAsync(client, endpoint, method, path, $"{{{name}}}", failures);
                    requests++;
                }
                foreach (var name in RouteProbe.ContractQuery.GetValueOrDefault(template, []))
                {
                    await CheckAsync(client, endpoint, method, basePath + "?" + name + "=" + Uri.EscapeDataString(payload), "?" + name, failures);
                    requests++;
                }
            }
            exercised.Add(method + " " + template);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} requests:\n" + string.Join("\n", failures.Take(40)));
        Assert.Equal(before, await Sql.ScalarAsync<string>(fixture.ConnectionString, counts));
        Assert.Contains("GET /health/live", exercised);
        Assert.Contains("GET /health/ready", exercised);
    }

    private static async Task CheckAsync(HttpClient client, RouteEndpoint endpoint, string method, string path, string where, List<string> failures)
    {
        using var request = RouteProbe.Request(endpoint, method, path);
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var shown = path.Length > 160 ? path[..160] + "…" : path;
        // The JSON service (/api, /tiles, /health) answers every error with a ProblemDetails and never a 5xx for bad input;
        // the pages (/map, /openapi, /api-reference) may answer in HTML or text (the map page says 503 "not built" when its
        // bundle is missing), but never a 500.
        var json = endpoint.RoutePattern.RawText is { } raw && (raw.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) ||
            raw.TrimStart('/').StartsWith("tiles/", StringComparison.Ordinal) || raw.TrimStart('/').StartsWith("health/", StringComparison.Ordinal));
        if (json ? status >= 500 : status == 500) failures.Add($"{method} {shown} ({where}): {status} {Cut(body)}");
        else if (json && status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            failures.Add($"{method} {shown} ({where}): {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not a ProblemDetails");
        if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Npgsql", StringComparison.Ordinal) || body.Contains("StackTrace", StringComparison.OrdinalIgnoreCase))
            failures.Add($"{method} {shown} ({where}): {status} shows internals: {Cut(body)}");
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
