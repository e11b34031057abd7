using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Geo.Api.Apis;

/// <summary>
/// The map page: <c>GET /</c> redirects to <c>/map/</c>, and <c>/map/**</c> serves the bundle that scripts/build-web.sh
/// makes (index.html, map.js, map.css) from the folder <c>map</c> beside the service's assembly (MapAssets/ copied to the
/// output). Anonymous: the page holds no data, it asks for the API key and fetches everything from the API with it. No
/// directory listing; a path outside the folder is not found. When the bundle was never built, <c>/map/</c> answers 503
/// with a page saying how to build it.
/// </summary>
public static class MapPageApi
{
    /// <summary>The folder the page is served from.</summary>
    public static string AssetsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "map");

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private const string MissingPage = """
        <!doctype html>
        <html lang="sv"><head><meta charset="utf-8"><title>Geo – kartan saknas</title></head>
        <body>
        <h1>Kartsidan är inte byggd</h1>
        <p>Kör <code>scripts/build-web.sh</code> i Geo:s katalog (den kör <code>npm ci</code> och esbuild) och starta sedan om
        tjänsten (<code>geo serve</code>).</p>
        <p lang="en">The map page has not been built: run <code>scripts/build-web.sh</code> in Geo's folder, then restart the
        service (<code>geo serve</code>).</p>
        </body></html>
        """;

    public static IEndpointRouteBuilder MapMapPageApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => TypedResults.Redirect("/map/")).AllowAnonymous().ExcludeFromDescription();
        // One endpoint: routing ignores a trailing slash, so /map, /map/ and /map/{**path} would otherwise be ambiguous.
        app.MapGet("/map/{**path}", (HttpContext context, string? path) => Serve(context, path)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static Results<RedirectHttpResult, PhysicalFileHttpResult, ContentHttpResult, NotFound<ProblemDetails>> Serve(HttpContext context, string? path)
    {
        // The page's assets are addressed relative to /map/, so /map itself redirects there.
        if (context.Request.Path.Value is "/map") return TypedResults.Redirect("/map/");
        path ??= "";
        if (!File.Exists(Path.Combine(AssetsFolder, "index.html")))
            return TypedResults.Content(MissingPage, "text/html; charset=utf-8", null, StatusCodes.Status503ServiceUnavailable);
        if (string.IsNullOrEmpty(path) || path.EndsWith('/')) path += "index.html";
        using var files = new PhysicalFileProvider(AssetsFolder);
        // The provider refuses paths that leave the folder ("..", absolute, hidden files) and directories.
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
            return TypedResults.NotFound(new ProblemDetails
            {
                Title = "Not found", Status = StatusCodes.Status404NotFound, Detail = $"The map page has no file '{path}'; open /map/.",
            });
        var contentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType == "application/javascript")
            contentType += "; charset=utf-8";
        // The bundle's names are not fingerprinted: the browser revalidates every time and gets 304 while unchanged.
        context.Response.Headers.CacheControl = "no-cache";
        var lastModified = file.LastModified;
        var tag = new EntityTagHeaderValue($"\"{file.Length:x}-{lastModified.UtcTicks:x}\"");
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, lastModified: lastModified, entityTag: tag);
    }
}
