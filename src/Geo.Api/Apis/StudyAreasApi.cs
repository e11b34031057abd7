using Geo.Api.Audit;
using Geo.Api.Models;
using Geo.Api.Security;
using Geo.Planning.StudyAreas;
using Geo.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>
/// The study areas (partner): the list with bounding boxes in WGS 84, one study area with its area sets, and the areas of
/// an area set with their population.
/// </summary>
public static class StudyAreasApi
{
    public static IEndpointRouteBuilder MapStudyAreasApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/study-areas").WithTags("Study areas").RequireAuthorization(GeoPolicies.Partner);
        group.MapGet("/", ListAsync).WithName("ListStudyAreas").WithSummary("The study areas")
            .WithDescription("Every study area with its code, name, working CRS (EPSG code), time zone and bounding box [minLon, minLat, maxLon, maxLat] in WGS 84.");
        group.MapGet("/{code}", GetAsync).WithName("GetStudyArea").WithSummary("One study area with its area sets")
            .WithDescription("The study area and its area sets (name, kind, number of areas, summed population).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{code}/area-sets/{set}/areas", AreasAsync).WithName("ListAreas").WithSummary("The areas of an area set")
            .WithDescription("The areas of one area set of the study area: code, name and population (null when unknown), by code.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<StudyAreaExtent>>> ListAsync(HttpContext context, StudyAreaCatalog catalog, CancellationToken ct)
    {
        var list = await catalog.ListAsync(ct);
        context.Audit("study areas", list.Count);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<StudyAreaResponse>, ProblemHttpResult>> GetAsync(string code, HttpContext context, StudyAreaCatalog catalog, CancellationToken ct)
    {
        var details = await catalog.GetAsync(code, ct);
        if (details is null) return ApiProblems.NoStudyArea(code);
        var s = details.StudyArea;
        context.Audit($"study area {code}", 1);
        return TypedResults.Ok(new StudyAreaResponse(s.Code, s.Name, s.Srid, s.TimeZone, s.Bbox, details.AreaSets));
    }

    private static async Task<Results<Ok<IReadOnlyList<AreaListItem>>, ProblemHttpResult>> AreasAsync(string code, string set, HttpContext context,
        StudyAreaCatalog catalog, CancellationToken ct)
    {
        if (await catalog.GetAsync(code, ct) is null) return ApiProblems.NoStudyArea(code);
        var areas = await catalog.AreasAsync(code, set, ct);
        if (areas is null)
        {
            var names = await catalog.AreaSetNamesAsync(code, ct);
            return ApiProblems.NotFound($"study area {code} has no area set '{set}'; it has: {(names.Count == 0 ? "none" : string.Join(", ", names))}.");
        }
        context.Audit($"areas of study area {code}, area set {set}", areas.Count);
        return TypedResults.Ok(areas);
    }
}
