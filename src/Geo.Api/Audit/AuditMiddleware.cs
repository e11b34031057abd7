using Geo.Api.Security;
using Geo.Storage.Model;

namespace Geo.Api.Audit;

/// <summary>
/// Writes one <c>audit_log</c> entry per request to <c>/api</c> and <c>/tiles</c> (data returned, refused with 401, 403 or
/// 429, or failed): when, the key's id and name and role (none for an anonymous request), method, path (never the query
/// string), the handler's <see cref="AuditNote"/> (what, rows) and the final status. Health checks, the map page's assets,
/// the OpenAPI document and the API reference are not logged. The entry is queued after the response has been sent
/// (<see cref="HttpResponse.OnCompleted(Func{Task})"/>), so it costs the response nothing.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditQueue queue)
{
    /// <summary>Longest path kept (an over-long path is cut).</summary>
    public const int MaxPath = 2000;

    public Task InvokeAsync(HttpContext context)
    {
        if (!IsAudited(context.Request.Path)) return next(context);
        var at = DateTimeOffset.UtcNow;
        context.Response.OnCompleted(() =>
        {
            var caller = Caller.From(context.User);
            var note = context.AuditNoteOf();
            var path = (context.Request.PathBase + context.Request.Path).ToString();
            return queue.EnqueueAsync(new AuditLogEntity
            {
                At = at,
                KeyId = caller?.KeyId,
                KeyName = caller?.Name,
                Role = caller?.Role,
                Method = context.Request.Method,
                Path = path.Length > MaxPath ? path[..MaxPath] : path,
                What = note?.What is { Length: > 500 } w ? w[..500] : note?.What,
                Rows = note?.Rows,
                Status = context.Response.StatusCode,
            }).AsTask();
        });
        return next(context);
    }

    /// <summary>True for the paths that are logged: <c>/api/**</c> and <c>/tiles/**</c>.</summary>
    public static bool IsAudited(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/tiles");
}
