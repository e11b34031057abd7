using Geo.Api.Security;
using Geo.Planning.Tiles;
using Microsoft.AspNetCore.Authentication;

namespace Geo.Api;

/// <summary>The HTTP service's own services: problem details, API-key authentication and the role policies, OpenAPI, ...</summary>
public static class ApiServices
{
    public static IServiceCollection AddGeoApi(this IServiceCollection services, GeoApiOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TileCacheSettings.FromMegabytes(options.TileCacheMegabytes));
        services.AddProblemDetails();
        services.AddExceptionHandler<GeoExceptionHandler>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddGeoPolicies();
        services.AddOpenApi("v1");
        return services;
    }

    /// <summary>Kestrel: where to listen, and the request size limits.</summary>
    public static IWebHostBuilder ConfigureGeoKestrel(this IWebHostBuilder web, GeoApiOptions options)
    {
        web.UseUrls(options.Urls);
        return web;
    }
}
