using Geo.Api.Security;
using Geo.Planning.Places;
using Microsoft.AspNetCore.Http.HttpResults;
using static Geo.Api.Apis.PlaceAnswers;

namespace Geo.Api.Apis;

/// <summary>
/// The priority list beside the map: <c>GET /api/runs/{runId}/priorities?kind=area|hotspot&amp;top=20&amp;group=&amp;lang=</c>
/// (coordinator and up), each problem with its target's name and bbox so that the map can zoom to it.
/// </summary>
public static class PrioritiesApi
{
    /// <summary>The default length of the list (per kind).</summary>
    public const int DefaultTop = 20;

    /// <summary>The longest list asked for.</summary>
    public const int MaxTop = 1000;

    public static IEndpointRouteBuilder MapPrioritiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/runs/{runId}").WithTags("Priorities").RequireAuthorization(GeoPolicies.Coordinator)
            .MapGet("/priorities", Priorities).WithName("GetRunPriorities")
            .WithSummary("The run's priorities in rank order (areas, hot spots or both) with their reasons in the language and a bbox to zoom to.");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<PriorityRow>>, ProblemHttpResult>> Priorities(string runId, string? kind, string? top, string? group,
        string? lang, HttpContext context, PlaceService places, GeoApiOptions options, CancellationToken ct)
    {
        if (Number(runId, "runId", out var id) is { } bad) return bad;
        if (LangError(lang) is { } badLang) return badLang;
        var n = (long)DefaultTop;
        if (top is not null && (Number(top, "top", out n) is not null || n > MaxTop))
            return Problem($"top must be a whole number from 1 to {MaxTop}, not '{Shorten(top)}'.", StatusCodes.Status400BadRequest);
        var answer = await places.PrioritiesAsync(id, kind, (int)n, group, Viewer(context, options, lang), ct).ConfigureAwait(false);
        return Map(context, answer, $"priorities of run {id}", r => r.Count);
    }
}
