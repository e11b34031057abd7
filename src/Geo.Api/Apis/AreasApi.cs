using Geo.Api.Security;
using Geo.Planning.Places;
using Geo.Reporting.Maps;
using Microsoft.AspNetCore.Http.HttpResults;
using static Geo.Api.Apis.PlaceAnswers;

namespace Geo.Api.Apis;

/// <summary>
/// The areas of a run for the map (partner and up; counts 1..k−1 suppressed for all but the analyst):
/// <c>GET /api/runs/{runId}/areas?group=</c> (one row per area with its indicators, priority and bbox),
/// <c>GET /api/runs/{runId}/areas/{areaCode}?group=&amp;lang=</c> (every group's indicators, monthly and hour × weekday
/// counts, priority and plan rows) and <c>GET /api/runs/{runId}/classes</c> (a choropleth's class breaks).
/// </summary>
public static class AreasApi
{
    public static IEndpointRouteBuilder MapAreasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs/{runId}").WithTags("Areas").RequireAuthorization(GeoPolicies.Partner);
        api.MapGet("/areas", Areas).WithName("GetRunAreas")
            .WithSummary("The run's areas with their indicators for a category group (default total), priority and bbox; small counts suppressed for coordinators and partners.");
        api.MapGet("/areas/{areaCode}", Area).WithName("GetRunArea")
            .WithSummary("One area: its indicators per group, monthly counts, hour × weekday counts, priority with reasons and plan rows (coordinator and up).");
        api.MapGet("/classes", Classes).WithName("GetRunClasses")
            .WithSummary("Class breaks of an area indicator by quantiles, natural breaks (Fisher–Jenks) or equal intervals, for the map's choropleth.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<AreaIndicatorRow>>, ProblemHttpResult>> Areas(string runId, string? group, HttpContext context,
        PlaceService places, GeoApiOptions options, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return bad;
        var answer = await places.AreasAsync(id, group, Viewer(context, options, null), ct).ConfigureAwait(false);
        return Map(context, answer, $"areas of run {id} ({group ?? "total"})", r => r.Count);
    }

    public static async Task<Results<Ok<AreaDetail>, ProblemHttpResult>> Area(string runId, string areaCode, string? group, string? lang, HttpContext context,
        PlaceService places, GeoApiOptions options, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return bad;
        if (LangError(lang) is { } badLang) return badLang;
        var answer = await places.AreaAsync(id, areaCode, group, Viewer(context, options, lang), ct).ConfigureAwait(false);
        return Map(context, answer, $"area {areaCode} of run {id}", r => r.Indicators.Count);
    }

    public static async Task<Results<Ok<IndicatorClasses>, ProblemHttpResult>> Classes(string runId, string? indicator, string? method, string? classes,
        string? group, string? lang, HttpContext context, IndicatorClassesService service, GeoApiOptions options, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return bad;
        if (LangError(lang) is { } badLang) return badLang;
        int? k = null;
        if (classes is not null)
        {
            if (!int.TryParse(classes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                return Problem($"classes must be a whole number from {IndicatorClassesService.MinClasses} to {IndicatorClassesService.MaxClasses}, not '{Shorten(classes)}'.",
                    StatusCodes.Status400BadRequest);
            k = n;
        }
        var answer = await service.ClassesAsync(id, indicator, method, k, group, Viewer(context, options, lang), ct).ConfigureAwait(false);
        return Map(context, answer, $"class breaks of run {id}", r => r.Counts.Count);
    }
}
