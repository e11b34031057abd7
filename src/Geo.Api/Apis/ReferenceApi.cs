using Geo.Api.Audit;
using Geo.Api.Models;
using Geo.Api.Security;
using Geo.Planning.Places;
using Geo.Planning.Reference;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Geo.Api.Apis;

/// <summary>The national reference values (partner): a municipality's events per 100,000 residents against its county, Sweden and similar municipalities.</summary>
public static class ReferenceApi
{
    public static IEndpointRouteBuilder MapReferenceApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/reference/{municipality}", GetAsync).WithTags("Reference").RequireAuthorization(GeoPolicies.Partner)
            .WithName("GetReference").WithSummary("National reference values of a municipality")
            .WithDescription("The police's public events per 100,000 residents per year of the municipality (e.g. 2580) against its county, Sweden and the " +
                             "10 municipalities nearest in population, per category group (total first). ?year= chooses the year (default: the latest " +
                             "year the feed covers fully). The same comparison as geo reference show.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<ReferenceComparisonResponse>, ProblemHttpResult>> GetAsync(string municipality, int? year, HttpContext context,
        ReferenceService reference, GeoApiOptions options, CancellationToken ct)
    {
        if (municipality.Length is 0 or > 8 || !municipality.All(char.IsAsciiDigit))
            return ApiProblems.BadRequest($"municipality '{municipality}' is not a municipality code: four digits, e.g. 2580 (Luleå).");
        var years = await reference.YearsAsync(ct);
        if (years.Count == 0)
            return ApiProblems.NotFound("no reference table is loaded: an analyst loads it with geo reference load --events FILE --population FILE --admin FILE.");
        if (year is { } y && !years.Contains(y))
            return ApiProblems.BadRequest($"year {y} is not in the reference table; it has {string.Join(", ", years)}.");
        ReferenceComparison? comparison;
        try
        {
            comparison = await reference.GetComparisonAsync(municipality, year, ct);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.NotFound(e.Message);
        }
        if (comparison is null) return ApiProblems.NotFound("no reference table is loaded: an analyst loads it with geo reference load.");
        context.Audit($"reference values of municipality {municipality} ({comparison.Year})", comparison.Groups.Count);
        var k = Suppressor.For(context.Caller().Role, options.SuppressBelow);
        var c = comparison;
        return TypedResults.Ok(new ReferenceComparisonResponse(c.Source, c.LoadId, c.LoadedAt, c.Year, c.DaysCovered, c.FullYear, c.PopulationYear,
            c.Municipality, c.County, c.Sweden, c.Similar, [.. c.Groups.Select(g => Group(g, k))], c.Notices));
    }

    private static ReferenceGroupResponse Group(ReferenceGroupComparison g, Suppressor k)
    {
        var hide = k.Suppresses(g.Events);
        return new ReferenceGroupResponse(g.Group, g.LabelSv, g.LabelEn, hide ? null : g.Events, hide, hide ? null : g.Municipality, g.County, g.Sweden,
            g.SimilarMedian, hide ? null : g.RatioToSweden, hide ? null : g.RatioToCounty, hide ? null : g.RatioToSimilar);
    }
}
