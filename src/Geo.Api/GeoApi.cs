using Geo.Core.Geometries;
using Geo.Planning;
using Geo.Planning.Database;
using Geo.Reporting;
using Geo.Storage;

namespace Geo.Api;

/// <summary>
/// Builds Geo's HTTP service: the same application layer as the <c>geo</c> command (<see cref="GeoServiceCollectionExtensions"/>)
/// on the configured database, the API's own services (<see cref="ApiServices"/>), the request pipeline
/// (<see cref="ApiPipeline"/>) and the route groups (<see cref="ApiRoutes"/>). Used by <c>Program.cs</c>, <c>geo serve</c>
/// and the tests' <c>WebApplicationFactory</c>.
/// </summary>
public static class GeoApi
{
    /// <summary>
    /// Opens the database (starting the managed local cluster when no database URL is configured, applying pending
    /// migrations) and builds the service; <paramref name="log"/> receives what is done (default: the console).
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<string>? log = null, CancellationToken ct = default)
    {
        GeometryServices.Configure();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = GeoApiOptions.From(builder.Configuration);
        var settings = GeoSettings.Create(options.Home, options.DatabaseUrl);
        var database = await new DatabaseService(settings).OpenAsync(log ?? Console.WriteLine, ct, options.DatabasePoolSize).ConfigureAwait(false);
        builder.Services.AddGeo(settings).AddGeoDatabase(database).AddGeoReporting();
        builder.Services.AddGeoApi(options);
        builder.WebHost.ConfigureGeoKestrel(options);
        var app = builder.Build();
        app.UseGeoApi(options);
        app.MapGeoApi();
        await WarmUpAsync(app.Services, ct).ConfigureAwait(false);
        return app;
    }

    /// <summary>
    /// Before the first request: one key lookup through the EF Core model (building the model and opening the first pooled
    /// connection cost ~0.8 s, which the map's first draw otherwise pays on its first request).
    /// </summary>
    private static async Task WarmUpAsync(IServiceProvider services, CancellationToken ct)
    {
        var keys = services.GetRequiredService<Geo.Planning.Keys.ApiKeyService>();
        await keys.AuthenticateAsync(Geo.Planning.Keys.ApiKeyService.KeyStart + "warm-up", ct).ConfigureAwait(false);
    }
}
