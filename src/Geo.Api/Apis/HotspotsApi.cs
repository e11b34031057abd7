using Geo.Api.Security;
using Geo.Planning.Places;
using Microsoft.AspNetCore.Http.HttpResults;
using static Geo.Api.Apis.PlaceAnswers;

namespace Geo.Api.Apis;

/// <summary>
/// The hotspots and grid cells of a run for the map: <c>GET /api/runs/{runId}/hotspots?lang=</c> and
/// <c>GET /api/runs/{runId}/hotspots/{hotspotId}?lang=</c> (partner and up; priority, plan rows and resources for
/// coordinators and analysts), <c>GET /api/runs/{runId}/cells?significant=true</c> (coordinator and up).
/// </summary>
public static class HotspotsApi
{
    public static IEndpointRouteBuilder MapHotspotsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs/{runId}").WithTags("Hotspots");
        api.MapGet("/hotspots", Hotspots).RequireAuthorization(GeoPolicies.Partner).WithName("GetRunHotspots")
            .WithSummary("The run's hot spots: emerging and change class, coverage gap with its uncovered hours, dominant categories, priority rank, bbox.");
        api.MapGet("/hotspots/{hotspotId}", Hotspot).RequireAuthorization(GeoPolicies.Partner).WithName("GetRunHotspot")
            .WithSummary("One hot spot: as in the list plus monthly counts, hour × weekday counts, priority, plan rows and nearby resources (coordinator and up).");
        api.MapGet("/cells", Cells).RequireAuthorization(GeoPolicies.Coordinator).WithName("GetRunCells")
            .WithSummary("The run's grid cells (only significant ones with significant=true): Gi* z and confidence, emerging class, hot spot, density.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<HotspotRow>>, ProblemHttpResult>> Hotspots(string runId, string? lang, HttpContext context,
        PlaceService places, GeoApiOptions options, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return bad;
        if (LangError(lang) is { } badLang) return badLang;
        var answer = await places.HotspotsAsync(id, Viewer(context, options, lang), ct).ConfigureAwait(false);
        return Map(context, answer, $"hotspots of run {id}", r => r.Count);
    }

    public static async Task<Results<Ok<HotspotDetail>, ProblemHttpResult>> Hotspot(string runId, string hotspotId, string? lang, HttpContext context,
        PlaceService places, GeoApiOptions options, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return bad;
        if (Number(hotspotId, "hotspotId", out var hid) is { } badHotspot || hid > int.MaxValue)
            return Problem($"hotspotId must be a positive whole number, not '{Shorten(hotspotId)}'.", StatusCodes.Status400BadRequest);
        if (LangError(lang) is { } badLang) return badLang;
        var answer = await places.HotspotAsync(id, (int)hid, Viewer(context, options, lang), ct).ConfigureAwait(false);
        return Map(context, answer, $"hotspot {hid} of run {id}", _ => 1);
    }

    public static async Task<Results<Ok<IReadOnlyList<CellRow>>, ProblemHttpResult>> Cells(string runId, string? significant, HttpContext context,
        PlaceService places, GeoApiOptions options, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return bad;
        if (!bool.TryParse(significant ?? "true", out var only))
            return Problem($"significant must be true or false, not '{Shorten(significant!)}'.", StatusCodes.Status400BadRequest);
        var answer = await places.CellsAsync(id, only, Viewer(context, options, null), ct).ConfigureAwait(false);
        return Map(context, answer, $"{(only ? "significant " : "")}cells of run {id}", r => r.Count);
    }
}
