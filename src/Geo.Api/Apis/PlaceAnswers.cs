using Geo.Api.Audit;
using Geo.Api.Security;
using Geo.Planning.Places;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>The map data routes' shared parsing (language) and mapping of a <see cref="PlaceAnswer{T}"/> to a typed result.</summary>
internal static class PlaceAnswers
{
    /// <summary>The languages of texts meant for people.</summary>
    public static readonly IReadOnlyList<string> Languages = ["sv", "en"];

    /// <summary>The viewer of a request: its caller's role, the service's suppression threshold and the language.</summary>
    public static PlaceViewer Viewer(HttpContext context, GeoApiOptions options, string? lang) =>
        new(context.Caller().Role, options.SuppressBelow, lang ?? "sv");

    /// <summary>A 400 problem when <paramref name="lang"/> is neither sv nor en.</summary>
    public static ProblemHttpResult? LangError(string? lang) => lang is null || Languages.Contains(lang)
        ? null
        : Problem($"lang '{lang}' is not supported; use sv (default) or en.", StatusCodes.Status400BadRequest);

    /// <summary>200 with the value (audited as <paramref name="what"/> with <paramref name="rows"/> rows), or the error as a problem (404, 400, 403).</summary>
    public static Results<Ok<T>, ProblemHttpResult> Map<T>(HttpContext context, PlaceAnswer<T> answer, string what, Func<T, long> rows) where T : class
    {
        if (answer.Value is { } value)
        {
            context.Audit(what, rows(value));
            return TypedResults.Ok(value);
        }
        var e = answer.Error!;
        return Problem(e.Detail, e.Kind switch
        {
            PlaceError.NotFound => StatusCodes.Status404NotFound,
            PlaceError.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        });
    }

    /// <summary>Parses a positive whole number of a route or query value named <paramref name="name"/>; a 400 problem otherwise.</summary>
    public static ProblemHttpResult? Number(string text, string name, out long value)
    {
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value > 0) return null;
        return Problem($"{name} must be a positive whole number, not '{Shorten(text)}'.", StatusCodes.Status400BadRequest);
    }

    /// <summary>A user's value shortened for a message.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    public static ProblemHttpResult Problem(string detail, int status) => TypedResults.Problem(detail, statusCode: status);
}
