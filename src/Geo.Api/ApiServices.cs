using Geo.Api.Security;
using Geo.Planning.Tiles;
using Microsoft.AspNetCore.Authentication;
using Scalar.AspNetCore;

namespace Geo.Api;

/// <summary>The HTTP service's own services: problem details, API-key authentication and the role policies, OpenAPI, ...</summary>
public static class ApiServices
{
    public static IServiceCollection AddGeoApi(this IServiceCollection services, GeoApiOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TileCacheSettings.FromMegabytes(options.TileCacheMegabytes));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = AccessProblems.Describe);
        services.AddExceptionHandler<GeoExceptionHandler>();
        // Security (docs/security.md): the per-key rate limit, the audit log's store, queue and writer, and the API
        // reference's per-request script nonce for the content security policy (SecurityHeaders).
        services.AddGeoRateLimiter(options);
        services.AddSingleton<Geo.Storage.AuditStore>();
        services.AddSingleton<Audit.AuditQueue>();
        services.AddHostedService<Audit.AuditWriter>();
        services.Configure<Scalar.AspNetCore.ScalarOptions>(o => o.DynamicNonce = true);
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddGeoPolicies();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer<GeoOpenApiTransformer>().AddOperationTransformer<GeoOpenApiTransformer>());
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// Kestrel: where to listen (loopback only unless <see cref="GeoApiOptions.AllowRemote"/>: a non-loopback address
    /// is refused with an <see cref="ArgumentException"/> saying how to allow it), and the request body size limit
    /// (<see cref="GeoApiOptions.UploadLimitMegabytes"/>; a larger body is answered 413 by <see cref="UploadLimit"/>).
    /// </summary>
    public static IWebHostBuilder ConfigureGeoKestrel(this IWebHostBuilder web, GeoApiOptions options)
    {
        var urls = ListenAddresses.Check(options.Urls, options.AllowRemote);
        web.UseUrls(string.Join(';', urls));
        web.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = UploadLimit.Bytes(options));
        return web;
    }

    /// <summary>
    /// The API reference page (/api-reference, Scalar) on /openapi/v1.json, served from the package's bundled script with
    /// no fonts, telemetry or proxy from the internet, so that it works offline and on closed networks.
    /// </summary>
    public static void ConfigureApiReference(ScalarOptions options)
    {
        options.WithTitle("Geo API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts().DisableTelemetry();
        options.AddPreferredSecuritySchemes(new[] { GeoOpenApiTransformer.SchemeName });
    }
}
