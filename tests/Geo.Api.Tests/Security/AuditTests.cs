using System.Net;
using Geo.Core.Domain;
using Geo.Storage;
using Geo.Storage.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Security;

/// <summary>
/// The audit log: one row per /api and /tiles request with the key, role, method, path (no query string), the handler's
/// description and rows, and the status — refused requests (401, 403) included, /health not; written in the background
/// and flushed on a clean stop.
/// </summary>
[Collection("api")]
public sealed class AuditTests(ApiFixture fixture)
{
    [Fact]
    public async Task Requests_of_each_role_and_refusals_are_logged_and_flushed_on_stop()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using (var host = await SecurityTestHost.StartAsync(fixture))
        {
            using var partner = host.Client(Roles.Partner);
            using var coordinator = host.Client(Roles.Coordinator);
            using var analyst = host.Client(Roles.Analyst);
            using var anonymous = host.Client(null);
            Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/test/{tag}/rows/7")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/test/{tag}/rows/3?lang=en&secret=s3cr3t")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/test/{tag}/rows/11")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/test/{tag}/rows/5")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/api/test/{tag}/coordinator")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);

            // Written in the background: poll until the five entries are there.
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (await CountAsync(tag) < 5 && DateTime.UtcNow < deadline) await Task.Delay(100);
            Assert.Equal(5, await CountAsync(tag));

            // Then a burst, and a clean stop right after it: nothing is lost.
            for (var i = 0; i < 40; i++) Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync($"/api/test/{tag}/rows/{i}")).StatusCode);
            await host.StopAsync();
            Assert.Equal(45, await CountAsync(tag));
        }

        var rows = await Sql.RowsAsync(fixture.ConnectionString,
            "SELECT key_id, key_name, role, method, path, what, rows, status, at FROM audit_log WHERE path LIKE @p ORDER BY id LIMIT 5",
            ("p", $"/api/test/{tag}/%"));
        var keys = fixture.Services.GetRequiredService<Geo.Planning.Keys.ApiKeyService>();
        var all = await keys.ListAsync();
        long IdOf(string role) => all.Single(k => k.Name == "test " + role && !k.Revoked).Id;

        Assert.Equal(new object?[] { IdOf(Roles.Partner), "test partner", "partner", "GET", $"/api/test/{tag}/rows/7", "test rows", 7L, 200 }, rows[0][..8]);
        Assert.Equal(new object?[] { IdOf(Roles.Coordinator), "test coordinator", "coordinator", "GET", $"/api/test/{tag}/rows/3", "test rows", 3L, 200 }, rows[1][..8]);
        Assert.Equal(new object?[] { IdOf(Roles.Analyst), "test analyst", "analyst", "GET", $"/api/test/{tag}/rows/11", "test rows", 11L, 200 }, rows[2][..8]);
        Assert.Equal(new object?[] { null, null, null, "GET", $"/api/test/{tag}/rows/5", null, null, 401 }, rows[3][..8]);
        Assert.Equal(new object?[] { IdOf(Roles.Partner), "test partner", "partner", "GET", $"/api/test/{tag}/coordinator", null, null, 403 }, rows[4][..8]);
        Assert.All(rows, r => Assert.InRange((DateTime)r[8]!, start.UtcDateTime, DateTime.UtcNow.AddSeconds(1)));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(fixture.ConnectionString,
            "SELECT count(*) FROM audit_log WHERE path LIKE '/health%' OR path LIKE '%secret%' OR path LIKE '%s3cr3t%'"));
    }

    [Fact]
    public async Task The_store_appends_a_batch_with_nulls()
    {
        var tag = "/api/store-test/" + Guid.NewGuid().ToString("N")[..10];
        var at = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
        var store = new AuditStore(fixture.Services.GetRequiredService<GeoDatabase>());
        await store.AppendAsync([
            new AuditLogEntity { At = at, KeyId = 42, KeyName = "k", Role = "partner", Method = "GET", Path = tag, What = "areas", Rows = 12, Status = 200 },
            new AuditLogEntity { At = at.AddSeconds(1), Method = "POST", Path = tag, Status = 401 },
        ]);
        var rows = await Sql.RowsAsync(fixture.ConnectionString,
            "SELECT at, key_id, key_name, role, method, what, rows, status FROM audit_log WHERE path = @p ORDER BY id", ("p", tag));
        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { at.UtcDateTime, 42L, "k", "partner", "GET", "areas", 12L, 200 }, rows[0]);
        Assert.Equal(new object?[] { at.AddSeconds(1).UtcDateTime, null, null, null, "POST", null, null, 401 }, rows[1]);
    }

    private Task<long> CountAsync(string tag) =>
        Sql.ScalarAsync<long>(fixture.ConnectionString, "SELECT count(*) FROM audit_log WHERE path LIKE @p", ("p", $"/api/test/{tag}/%"));
}
