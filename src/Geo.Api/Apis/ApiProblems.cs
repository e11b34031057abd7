using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>The problem answers and query checks the route groups share: 400 and 404 with a message a user can act on.</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ProblemHttpResult NoRun(long runId) => NotFound($"there is no run {runId}: GET /api/runs lists the stored runs.");

    public static ProblemHttpResult NoStudyArea(string code) => NotFound($"study area '{code}' does not exist: GET /api/study-areas lists them.");

    /// <summary>The <c>lang</c> query value: sv (default) or en; anything else is an error naming the allowed values.</summary>
    public static bool TryLang(string? lang, out string language, out ProblemHttpResult? problem)
    {
        language = string.IsNullOrEmpty(lang) ? "sv" : lang;
        problem = language is "sv" or "en" ? null : BadRequest($"lang '{lang}' is not supported: use sv (Swedish, the default) or en (English).");
        return problem is null;
    }

    /// <summary>A yyyy-MM-dd date of the request named <paramref name="name"/>, or an error naming it.</summary>
    public static bool TryDate(string? text, string name, out DateOnly? date, out ProblemHttpResult? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        problem = BadRequest($"{name} '{text}' is not a date: write it as yyyy-MM-dd, e.g. 2025-01-31.");
        return false;
    }
}
