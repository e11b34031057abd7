using System.Globalization;
using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Planning.Tiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Geo.Api.Apis;

/// <summary>
/// Vector tiles of stored runs made by PostGIS: <c>GET /tiles/{runId}/{layer}/{z}/{x}/{y}.mvt[?group=total]</c>
/// (docs/tiles.md). Every key may read boundary, areas and hotspots; cells, density and resources need a coordinator;
/// incidents an analyst. Counts 1..k−1 are suppressed for every role but the analyst's. A tile is sent with a strong
/// ETag and <c>Cache-Control: private, max-age=86400, immutable</c>; <c>If-None-Match</c> gives 304, an empty tile 204.
/// </summary>
public static class TilesApi
{
    /// <summary>The media type of a Mapbox vector tile.</summary>
    public const string ContentType = "application/vnd.mapbox-vector-tile";

    /// <summary>Tiles of a run never change; private because what a tile holds depends on the key's role.</summary>
    public const string CacheControl = "private, max-age=86400, immutable";

    public static IEndpointRouteBuilder MapTilesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/{runId}/{layer}/{z}/{x}/{y}.mvt", GetTileAsync)
            .RequireAuthorization(GeoPolicies.Partner)
            .WithName("GetTile")
            .WithTags("Tiles")
            .WithSummary("A vector tile (Mapbox Vector Tile) of a run's layer")
            .WithDescription("Layers: boundary, areas, hotspots (any key); cells, density, resources (coordinator); incidents (analyst). " +
                             "?group= picks the category group of areas and hotspots (default total). An empty tile is 204.");
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, NoContent, StatusCodeHttpResult, ProblemHttpResult>> GetTileAsync(
        string runId, string layer, string z, string x, string y, string? group, HttpContext context, TileService tiles,
        GeoApiOptions options, CancellationToken ct)
    {
        if (!TileLayers.IsKnown(layer))
            return TypedResults.Problem($"There is no tile layer '{layer}': use one of {string.Join(", ", TileLayers.All)}.",
                statusCode: StatusCodes.Status404NotFound, title: "No such layer");
        var caller = context.Caller();
        var role = TileLayers.RoleOf(layer);
        if (!caller.IsAtLeast(role))
            return TypedResults.Problem($"The layer '{layer}' needs the role {role} or higher; this key's role is {caller.Role}.",
                statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        if (!long.TryParse(runId, NumberStyles.None, CultureInfo.InvariantCulture, out var run))
            return BadRequest($"The run id '{runId}' is not a whole number: use a run's id as GET /api/runs lists it.");
        if (!int.TryParse(z, NumberStyles.None, CultureInfo.InvariantCulture, out var zi))
            return BadRequest($"The zoom '{z}' is not a whole number from 0 to {TileService.MaxZoom}.");
        if (!int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var xi))
            return BadRequest($"The tile column x='{x}' is not a whole number.");
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var yi))
            return BadRequest($"The tile row y='{y}' is not a whole number.");

        var k = caller.SeesSmallCounts ? 0 : options.SuppressBelow;
        var response = await tiles.GetAsync(new TileRequest(run, layer, zi, xi, yi, group, k), ct);
        switch (response.Status)
        {
            case TileStatus.NotFound:
                return TypedResults.Problem(response.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found");
            case TileStatus.BadRequest:
                return BadRequest(response.Message!);
        }
        var tile = response.Tile!;
        context.Audit($"tile {layer} {zi}/{xi}/{yi} of run {run}", 1);
        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.Vary = "Authorization, X-Api-Key";
        if (tile.IsEmpty) return TypedResults.NoContent();
        headers.ETag = tile.ETag;
        if (Matches(context.Request.Headers.IfNoneMatch, tile.ETag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(tile.Bytes, ContentType);
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    /// <summary>True when an <c>If-None-Match</c> header names <paramref name="etag"/> (or is <c>*</c>); weak tags compare by their opaque value.</summary>
    internal static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var mine = new EntityTagHeaderValue(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(mine, useStrongComparison: false));
    }
}
