using System.Net;
using Geo.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Geo.Api.Tests.Security;

/// <summary>
/// Liveness and readiness. Readiness is tested on a SEPARATE throwaway cluster (its own <see cref="PostGisFixture"/>) that
/// is stopped and started again under the running service: ready 200 → 503 with a problem (live still 200) → 200 again
/// by itself. The shared fixture's cluster is not touched.
/// </summary>
[Collection("api")]
public sealed class HealthTests(ApiFixture fixture)
{
    [Fact]
    public async Task Live_and_ready_answer_anonymously()
    {
        using var client = fixture.Client(null);
        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("\"live\"", await live.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"ready\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Readiness_fails_while_the_database_is_down_and_recovers_by_itself()
    {
        if (Environment.GetEnvironmentVariable(PostGisFixture.UrlVariable) is { Length: > 0 }) return; // no cluster of ours to stop
        var postgis = new PostGisFixture();
        await postgis.InitializeAsync();
        var home = Directory.CreateTempSubdirectory("geo-health-").FullName;
        try
        {
            await using var db = await postgis.CreateDatabaseAsync();
            await using var factory = new WebApplicationFactory<GeoApiOptions>().WithWebHostBuilder(b =>
            {
                b.UseSetting("Geo:Home", home);
                b.UseSetting("Geo:DatabaseUrl", db.DataSource.ConnectionString);
            });
            using var client = factory.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

            await postgis.Cluster!.DownAsync();
            var down = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal("application/problem+json", down.Content.Headers.ContentType?.MediaType);
            var body = await down.Content.ReadAsStringAsync();
            Assert.Contains("database is unreachable", body, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

            await postgis.Cluster.UpAsync();
            var deadline = DateTime.UtcNow.AddSeconds(15);
            HttpStatusCode status;
            while ((status = (await client.GetAsync("/health/ready")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
                await Task.Delay(200);
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            await postgis.DisposeAsync();
            try { Directory.Delete(home, recursive: true); } catch (IOException) { }
        }
    }
}
