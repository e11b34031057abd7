using Geo.Formats;
using Geo.Reporting;
using Geo.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Geo.Api;

/// <summary>
/// Turns an exception a handler let through into a <c>ProblemDetails</c> response with a message a user can act on and
/// no stack trace: bad input (ArgumentException, FormatException, InvalidDataException, InputFormatException) is 400,
/// something missing (KeyNotFoundException) is 404, a value PostgreSQL refuses (SQLSTATE class 22) is 400, the database
/// out of reach (connection errors, too many connections, shutting down) is 503, anything else is 500 with the
/// details in the server's log only.
/// </summary>
public sealed class GeoExceptionHandler(IProblemDetailsService problems, ILogger<GeoExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Cancelled", "The client closed the request."),
            KeyNotFoundException => (StatusCodes.Status404NotFound, "Not found", exception.Message),
            BadHttpRequestException b => (b.StatusCode, b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Too large" : "Bad request", BadRequestText(b)),
            ArgumentException or FormatException or InvalidDataException or InputFormatException =>
                (StatusCodes.Status400BadRequest, "Bad request", exception.Message),
            ReportingException => (StatusCodes.Status500InternalServerError, "The report could not be made", exception.Message),
            // A value PostgreSQL refuses (class 22: a NUL byte in text, a number out of range) is the request's fault.
            PostgresException { SqlState: [ '2', '2', .. ] } => (StatusCodes.Status400BadRequest, "Bad request",
                "A value in the request cannot be used: " + ((PostgresException)exception).MessageText),
            // Any other error reported by the server is Geo's; only a server out of reach (or out of connections) is 503.
            PostgresException { SqlState: not ("53300" or "57P01" or "57P03") and not [ '0', '8', .. ] } =>
                (StatusCodes.Status500InternalServerError, "Unexpected error", "Something went wrong in Geo; the details are in the service's log."),
            GeoStorageException or NpgsqlException => (StatusCodes.Status503ServiceUnavailable, "The database is not reachable",
                "Geo cannot reach its database just now; try again in a moment. /health/ready tells when it is back."),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "Something went wrong in Geo; the details are in the service's log."),
        };
        if (status >= 500) log.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }

    /// <summary>What a request that could not be read got wrong: the parameter and value, or where the JSON body is invalid.</summary>
    private static string BadRequestText(BadHttpRequestException e) =>
        e.InnerException is System.Text.Json.JsonException j ? $"{e.Message} {j.Message}" : e.Message;
}
