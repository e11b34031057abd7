using Geo.Api.Audit;
using Geo.Api.Security;

namespace Geo.Api;

/// <summary>
/// The request pipeline: errors as problem details, security headers, the upload size limit, authentication, the audit
/// log (after authentication so that it knows the key, before the rate limiter and authorization so that it also logs
/// their 429, 401 and 403), the per-key rate limit, authorization.
/// </summary>
public static class ApiPipeline
{
    public static WebApplication UseGeoApi(this WebApplication app, GeoApiOptions options)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<UploadLimit>();
        app.UseAuthentication();
        app.UseMiddleware<AuditMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
