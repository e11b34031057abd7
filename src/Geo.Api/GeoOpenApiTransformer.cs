using Geo.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Geo.Api;

/// <summary>
/// Makes the generated OpenAPI document (/openapi/v1.json, committed as docs/api/openapi.json) useful and stable: its
/// title and description, the API key as a Bearer security scheme required by every endpoint that needs a key (the
/// anonymous ones have none), and no server list (the document must not depend on where it was served from).
/// </summary>
internal sealed class GeoOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>The security scheme's name in the document.</summary>
    public const string SchemeName = "Bearer";

    private const string Description =
        "Geo's HTTP API: study areas, stored lägesbild runs (area indicators, hotspots, grid cells, priorities with reasons), " +
        "åtgärdsplaner, reports, imports and the national reference values, as the geo command gives them. Every /api route " +
        "needs an API key (geo keys create --role analyst|coordinator|partner --name NAME) sent as 'Authorization: Bearer geo_…'; " +
        "the role decides what it may read (docs/api.md). Errors are RFC 9457 problem details; texts for people follow ?lang=sv|en " +
        "(Swedish by default); dates are yyyy-MM-dd, bounding boxes [minLon, minLat, maxLon, maxLat] in WGS 84.";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = "Geo API", Version = "v1", Description = Description };
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "geo_…",
            Description = "An API key made with geo keys create, sent as 'Authorization: Bearer geo_…' (or in the X-Api-Key header).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any()) return Task.CompletedTask;
        var role = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
        if (role is not null && role.StartsWith("role:", StringComparison.Ordinal))
        {
            var least = role["role:".Length..];
            operation.Description = (operation.Description is { Length: > 0 } d ? d + " " : "") + $"Role: {least} or higher.";
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No API key, or the key is not valid or revoked." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The key's role is below {least}." });
        }
        return Task.CompletedTask;
    }
}
