using System.Diagnostics;
using Geo.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>
/// <c>GET /health/live</c> (200 while the process runs) and <c>GET /health/ready</c> (200 when the database answers
/// <c>SELECT 1</c> within <see cref="ReadyTimeout"/>, else 503 with a <c>ProblemDetails</c>): anonymous, not rate limited,
/// not audited. Readiness recovers by itself when the database returns: each probe takes a connection from the pool
/// (Npgsql drops broken ones), and a failed first try is retried once on a fresh connection within the time budget.
/// </summary>
public static class HealthApi
{
    /// <summary>How long readiness waits for the database.</summary>
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(2);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").AllowAnonymous().DisableRateLimiting().WithTags("Health");
        health.MapGet("/live", Live).WithSummary("Liveness").WithDescription("200 while the service's process runs.");
        health.MapGet("/ready", ReadyAsync).WithSummary("Readiness")
            .WithDescription("200 when the database answers SELECT 1 within 2 s, else 503 with a problem; recovers by itself when the database returns.");
        return app;
    }

    private static Ok<HealthStatus> Live(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new HealthStatus("live", null));
    }

    private static async Task<Results<Ok<HealthStatus>, ProblemHttpResult>> ReadyAsync(HttpContext context, GeoDatabase database, ILoggerFactory logs,
        CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(ReadyTimeout);
        var watch = Stopwatch.StartNew();
        Exception? failure = null;
        for (var attempt = 0; attempt < 2 && !budget.IsCancellationRequested; attempt++)
        {
            try
            {
                await using var connection = await database.DataSource.OpenConnectionAsync(budget.Token).ConfigureAwait(false);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(budget.Token).ConfigureAwait(false);
                return TypedResults.Ok(new HealthStatus("ready", Math.Round(watch.Elapsed.TotalMilliseconds, 1)));
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failure = e;
            }
        }
        logs.CreateLogger("Geo.Api.Health").LogWarning("Readiness: the database did not answer ({Error})", failure?.Message ?? "timeout");
        return TypedResults.Problem(
            title: "The database is unreachable",
            detail: $"Geo's database did not answer within {ReadyTimeout.TotalSeconds:0} s. Check that PostgreSQL is running " +
                    "(geo db status); the service recovers by itself when it is back.",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
