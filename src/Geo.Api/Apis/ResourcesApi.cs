using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Core.Domain;
using Geo.Planning.StudyAreas;
using Geo.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>The resources of a study area as points in WGS 84 (coordinator: partners see no resources).</summary>
public static class ResourcesApi
{
    public static IEndpointRouteBuilder MapResourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/study-areas/{code}/resources", ListAsync).WithTags("Study areas").RequireAuthorization(GeoPolicies.Coordinator)
            .WithName("ListResources").WithSummary("The resources of a study area")
            .WithDescription("Prevention resources and risk facilities (of one type with ?type=, e.g. youth_centre): id, type, name, owner agency, " +
                             "opening hours (OpenStreetMap syntax) and a representative point (lon, lat) in WGS 84.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ResourcePoint>>, ProblemHttpResult>> ListAsync(string code, string? type, HttpContext context,
        StudyAreaCatalog catalog, CancellationToken ct)
    {
        if (type is not null && !ResourceTypes.IsKnown(type))
            return ApiProblems.BadRequest($"type '{type}' is not a resource type; use one of {string.Join(", ", ResourceTypes.All.Keys.Order(StringComparer.Ordinal))}.");
        if (await catalog.GetAsync(code, ct) is null) return ApiProblems.NoStudyArea(code);
        var list = await catalog.ResourcesAsync(code, type, ct);
        context.Audit($"resources of study area {code}" + (type is null ? "" : $" ({type})"), list.Count);
        return TypedResults.Ok(list);
    }
}
