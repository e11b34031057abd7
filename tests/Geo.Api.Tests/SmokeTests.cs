using System.Net;
using System.Text.Json;

namespace Geo.Api.Tests;

/// <summary>The service starts on the fixture's database; a refused request says what to do.</summary>
[Collection("api")]
public sealed class SmokeTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_unknown_route_is_404()
    {
        using var anonymous = fixture.Client(null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/no/such/route")).StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_key_or_with_too_low_a_role_gets_a_problem_saying_what_to_do()
    {
        using var anonymous = fixture.Client(null);
        var refused = await anonymous.GetAsync("/api/runs");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("geo keys create", Detail(await refused.Content.ReadAsStringAsync()));

        using var partner = fixture.Client("partner");
        var forbidden = await partner.GetAsync($"/api/runs/{fixture.RunId}/cells");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("(partner)", Detail(await forbidden.Content.ReadAsStringAsync()));
    }

    private static string Detail(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("detail").GetString() ?? "";
    }
}
