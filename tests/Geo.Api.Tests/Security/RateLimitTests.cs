using System.Net;
using Geo.Core.Domain;
using Microsoft.AspNetCore.Hosting;
using System.Net.Http.Headers;

namespace Geo.Api.Tests.Security;

/// <summary>The per-key rate limit (Geo:RateLimit:PermitsPerMinute): 429 with Retry-After and a ProblemDetails, audited; per key; /health exempt.</summary>
[Collection("api")]
public sealed class RateLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_key_over_its_permits_gets_429_while_another_key_and_health_do_not()
    {
        await using var factory = fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Geo:RateLimit:PermitsPerMinute", "5"));
        HttpClient Client(string? role)
        {
            var c = factory.CreateClient();
            if (role is not null) c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.KeyOf(role));
            return c;
        }
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var partner = Client(Roles.Partner);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var r = await partner.GetAsync("/api/no-such-route");
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests) refused ??= r;
        }
        // One token every 12 s: the first five pass (404: no such route), the rest are refused.
        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.NotNull(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("5 requests per minute", body, StringComparison.Ordinal);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);

        // The refusals are in the audit log with the key and role (written in the background: poll).
        long refusedLogged = 0;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && (refusedLogged = await Sql.ScalarAsync<long>(fixture.ConnectionString,
                   "SELECT count(*) FROM audit_log WHERE status = 429 AND role = 'partner' AND key_name = 'test partner' AND path = '/api/no-such-route' AND at >= @start",
                   ("start", start))) < 3)
            await Task.Delay(100);
        Assert.Equal(3, refusedLogged);

        // Another key has its own bucket; health checks are never limited.
        using var coordinator = Client(Roles.Coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/no-such-route")).StatusCode);
        using var anonymous = Client(null);
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
    }
}
