using System.Net.Http.Headers;
using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Planning;
using Geo.Reporting;
using Geo.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace Geo.Api.Tests.Security;

/// <summary>
/// The service's own services, pipeline and routes (<see cref="ApiServices"/>, <see cref="ApiPipeline"/>,
/// <see cref="ApiRoutes"/>) on real Kestrel (127.0.0.1, a free port, <see cref="ApiServices.ConfigureGeoKestrel"/>) over
/// the fixture's database, plus test-only endpoints: <c>GET /api/test/{tag}/rows/{n}</c> (partner; audits n rows),
/// <c>GET /api/test/{tag}/coordinator</c> and <c>POST /api/test/{tag}/upload</c> (analyst; reads the body and counts it),
/// <c>POST /api/test/{tag}/kestrel-too-large</c> (analyst; throws what Kestrel throws at the body limit).
/// </summary>
internal sealed class SecurityTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ApiFixture _fixture;

    private SecurityTestHost(WebApplication app, ApiFixture fixture)
    {
        _app = app;
        _fixture = fixture;
    }

    public static async Task<SecurityTestHost> StartAsync(ApiFixture fixture, params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Geo:Urls"] = "http://127.0.0.1:0" }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))));
        var options = GeoApiOptions.From(builder.Configuration);
        builder.Services.AddGeo(GeoSettings.Create(fixture.Home, fixture.ConnectionString))
            .AddGeoDatabase(fixture.Services.GetRequiredService<GeoDatabase>()).AddGeoReporting();
        builder.Services.AddGeoApi(options);
        builder.WebHost.ConfigureGeoKestrel(options);
        var app = builder.Build();
        app.UseGeoApi(options);
        app.MapGeoApi();
        var test = app.MapGroup("/api/test/{tag}");
        test.MapGet("/rows/{n:int}", (int n, HttpContext c) =>
        {
            c.Audit("test rows", n);
            return TypedResults.Ok(n);
        }).RequireAuthorization(GeoPolicies.Partner);
        test.MapGet("/coordinator", (HttpContext c) =>
        {
            c.Audit("coordinator only", 1);
            return TypedResults.Ok(1);
        }).RequireAuthorization(GeoPolicies.Coordinator);
        test.MapPost("/upload", async (HttpContext c) =>
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await c.Request.Body.ReadAsync(buffer, c.RequestAborted)) > 0) total += read;
            c.Audit("upload", total);
            return TypedResults.Ok(total);
        }).RequireAuthorization(GeoPolicies.Analyst);
        // What Kestrel throws when a chunked body passes MaxRequestBodySize while a handler reads it.
        test.MapPost("/kestrel-too-large", () => Results.Ok(ThrowTooLarge())).RequireAuthorization(GeoPolicies.Analyst);
        // As Scalar's page does with DynamicNonce: the per-request nonce left in the request's items for the CSP.
        app.MapGet("/api-reference/nonce-test", (HttpContext c) =>
        {
            c.Items[ScalarOptions.NonceHttpContextItemKey] = "TestNonce_0123456789";
            return "ok";
        });
        await app.StartAsync();
        return new SecurityTestHost(app, fixture);
    }

    private static int ThrowTooLarge() => throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>The app (its services, its endpoints).</summary>
    public WebApplication App => _app;

    /// <summary>Where it listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>A client sending <paramref name="role"/>'s key (none when null).</summary>
    public HttpClient Client(string? role)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (role is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _fixture.KeyOf(role));
        return client;
    }

    /// <summary>Stops the service cleanly (the audit writer flushes).</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
