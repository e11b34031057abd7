using Geo.Core.Domain;
using Microsoft.AspNetCore.Authorization;

namespace Geo.Api.Security;

/// <summary>
/// The authorization policies, one per role: an endpoint or route group requires the least role that may use it
/// (<c>.RequireAuthorization(GeoPolicies.Coordinator)</c>), and every higher role passes too.
/// </summary>
public static class GeoPolicies
{
    /// <summary>Analysts only (incident points, imports).</summary>
    public const string Analyst = "role:" + Roles.Analyst;

    /// <summary>Coordinators and analysts (cells, priorities, plans, reports, new runs).</summary>
    public const string Coordinator = "role:" + Roles.Coordinator;

    /// <summary>Any valid key (areas, hot spots, reference values).</summary>
    public const string Partner = "role:" + Roles.Partner;

    /// <summary>Registers the three policies on the API key scheme.</summary>
    public static AuthorizationBuilder AddGeoPolicies(this AuthorizationBuilder builder)
    {
        foreach (var role in Roles.All)
            builder.AddPolicy("role:" + role, p => p
                .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
                .RequireAuthenticatedUser()
                .RequireAssertion(c => Roles.AtLeast(Security.Caller.From(c.User)?.Role, role)));
        return builder;
    }
}
