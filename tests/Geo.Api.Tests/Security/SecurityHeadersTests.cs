using Geo.Api.Security;
using Microsoft.AspNetCore.Hosting;

namespace Geo.Api.Tests.Security;

/// <summary>The security headers and the content security policy on every response, and the base map's origin in it when configured.</summary>
[Collection("api")]
public sealed class SecurityHeadersTests(ApiFixture fixture)
{
    [Theory]
    [InlineData(null, "/health/live")]
    [InlineData(null, "/no/such/route")]
    [InlineData("partner", "/api/no-such-route")]
    [InlineData(null, "/api/no-such-route")]
    public async Task Every_response_has_the_headers_and_a_self_only_policy(string? role, string path)
    {
        using var client = fixture.Client(role);
        var response = await client.GetAsync(path);
        var csp = Header(response, "Content-Security-Policy");
        var directives = Directives(csp);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("'self' data: blob:", directives["img-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_api_reference_may_use_inline_styles()
    {
        using var client = fixture.Client(null);
        var response = await client.GetAsync("/api-reference");
        var directives = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self' 'unsafe-inline'", directives["style-src"]);
        Assert.DoesNotContain("unsafe", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal("'none'", directives["frame-ancestors"]);
    }

    [Fact]
    public async Task The_api_reference_nonce_is_allowed_for_scripts_on_that_response_only()
    {
        await using var host = await SecurityTestHost.StartAsync(fixture);
        using var client = host.Client(null);
        var page = Directives(Header(await client.GetAsync("/api-reference/nonce-test"), "Content-Security-Policy"));
        Assert.Equal("'self' 'nonce-TestNonce_0123456789'", page["script-src"]);
        var other = Directives(Header(await client.GetAsync("/health/live"), "Content-Security-Policy"));
        Assert.Equal("'self'", other["script-src"]);
    }

    [Theory]
    [InlineData("xyz", "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("xyz", "https://{a-c}.tile.example.org:8443/{z}/{x}/{y}.png", "https://*.tile.example.org:8443")]
    [InlineData("wms", "https://minkarta.lantmateriet.se/map/topowebb?", "https://minkarta.lantmateriet.se")]
    public async Task A_configured_base_map_origin_is_allowed_for_images_and_connections(string type, string url, string origin)
    {
        await using var factory = fixture.Factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Geo:BaseMap:Type", type);
            b.UseSetting("Geo:BaseMap:Url", url);
        });
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/health/live");
        var directives = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal($"'self' data: blob: {origin}", directives["img-src"]);
        Assert.Equal($"'self' {origin}", directives["connect-src"]);
        Assert.Equal("'self'", directives["script-src"]);
    }

    [Fact]
    public void No_base_map_or_an_unusable_url_adds_no_origin()
    {
        Assert.Null(SecurityHeaders.BaseMapOrigin(new BaseMapOptions()));
        Assert.Null(SecurityHeaders.BaseMapOrigin(new BaseMapOptions { Type = "none", Url = "https://tile.openstreetmap.org/{z}/{x}/{y}.png" }));
        Assert.Null(SecurityHeaders.BaseMapOrigin(new BaseMapOptions { Type = "xyz", Url = "javascript:alert(1)" }));
        Assert.Null(SecurityHeaders.BaseMapOrigin(new BaseMapOptions { Type = "xyz", Url = "https://a.b'; script-src *" }));
    }

    private static string Header(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values), $"no {name} header");
        return Assert.Single(values!);
    }

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");
}
