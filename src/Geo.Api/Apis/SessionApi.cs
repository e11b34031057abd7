using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Planning.Runs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>
/// The map page's start: <c>GET /api/config</c> (anonymous: language, suppression threshold, Geo's version and the
/// configured base map, null when none) and <c>GET /api/me</c> (the caller's key name and role).
/// </summary>
public static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Session");
        api.MapGet("/config", Config).AllowAnonymous().WithName("GetConfig")
            .WithSummary("The map page's settings: default language, suppression threshold, Geo's version and the base map (null when none).");
        api.MapGet("/me", Me).RequireAuthorization(GeoPolicies.Partner).WithName("GetMe")
            .WithSummary("The caller: the key's name and role, and the threshold below which counts are suppressed for it.");
        return app;
    }

    /// <summary>The page's settings; the base map is null when its type is <c>none</c> (the default) or it has no URL.</summary>
    public static Ok<ConfigResponse> Config(HttpContext context, GeoApiOptions options)
    {
        context.Audit("map page settings", 1);
        var b = options.BaseMap;
        var type = (b.Type ?? "none").Trim().ToLowerInvariant();
        var baseMap = type is "xyz" or "wms" && !string.IsNullOrWhiteSpace(b.Url) ? new BaseMapResponse(type, b.Url!, b.Layers, b.Attribution) : null;
        return TypedResults.Ok(new ConfigResponse("sv", options.SuppressBelow, AnalyzeService.GeoVersion, baseMap));
    }

    public static Ok<MeResponse> Me(HttpContext context, GeoApiOptions options)
    {
        var caller = context.Caller();
        context.Audit("own key", 1);
        return TypedResults.Ok(new MeResponse(caller.Name, caller.Role, caller.SeesSmallCounts ? null : options.SuppressBelow));
    }
}
