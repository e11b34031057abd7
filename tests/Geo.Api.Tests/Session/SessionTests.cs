using System.Net;
using Geo.Api.Tests.Areas;
using Geo.Core.Domain;

namespace Geo.Api.Tests.Session;

/// <summary>GET /api/config (anonymous) and GET /api/me.</summary>
[Collection("api")]
public sealed class SessionTests(ApiFixture fixture)
{
    [Fact]
    public async Task Config_is_anonymous_with_the_defaults_and_no_base_map()
    {
        var config = await MapJson.GetAsync(fixture, null, "/api/config");
        Assert.Equal("sv", config.GetProperty("defaultLanguage").GetString());
        Assert.Equal(5, config.GetProperty("suppressBelow").GetInt32());
        Assert.False(string.IsNullOrEmpty(config.GetProperty("version").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, config.GetProperty("baseMap").ValueKind);
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Partner)]
    public async Task Me_names_the_key_and_its_role(string role)
    {
        var me = await MapJson.GetAsync(fixture, role, "/api/me");
        Assert.Equal("test " + role, me.GetProperty("name").GetString());
        Assert.Equal(role, me.GetProperty("role").GetString());
        if (role == Roles.Analyst) Assert.Equal(System.Text.Json.JsonValueKind.Null, me.GetProperty("suppressBelow").ValueKind);
        else Assert.Equal(5, me.GetProperty("suppressBelow").GetInt32());
    }

    [Fact]
    public async Task Me_without_a_key_is_401()
    {
        using var client = fixture.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }
}
