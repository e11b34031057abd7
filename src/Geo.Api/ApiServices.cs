using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Geo.Api;

/// <summary>The HTTP service's own services: problem details, API-key authentication and the role policies, the rate limiter, the audit log's queue and writer, OpenAPI.</summary>
public static class ApiServices
{
    public static IServiceCollection AddGeoApi(this IServiceCollection services, GeoApiOptions options)
    {
        services.AddSingleton(options);
        services.AddProblemDetails();
        services.AddExceptionHandler<GeoExceptionHandler>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder().AddGeoPolicies();
        services.AddOpenApi("v1");
        services.AddGeoRateLimiter(options);
        services.TryAddSingleton<AuditStore>();
        services.AddSingleton<AuditQueue>();
        services.AddHostedService<AuditWriter>();
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
}
