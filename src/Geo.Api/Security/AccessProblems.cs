using Microsoft.AspNetCore.Http;

namespace Geo.Api.Security;

/// <summary>
/// Words for the problem details of a refused request, so that 401 and 403 say what to do: the status-code pages give
/// only a title.
/// </summary>
public static class AccessProblems
{
    /// <summary>Adds a detail to a 401 or 403 problem that has none.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null) return;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status401Unauthorized =>
                "This needs a valid API key, sent as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'. An administrator creates " +
                "one with geo keys create --role analyst|coordinator|partner --name NAME; a revoked key no longer works.",
            StatusCodes.Status403Forbidden => Caller.From(context.HttpContext.User) is { } caller
                ? $"The role of your key ({caller.Role}) may not see this; see docs/security.md for what each role sees."
                : "Your key's role may not see this; see docs/security.md for what each role sees.",
            _ => null,
        };
    }
}
