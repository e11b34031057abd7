using System.Globalization;
using System.Security.Claims;
using Geo.Core.Domain;

namespace Geo.Api.Security;

/// <summary>Who is calling: the API key's id and name and its role (see <see cref="Roles"/>).</summary>
public sealed record Caller(long KeyId, string Name, string Role)
{
    /// <summary>True when small counts may be shown unsuppressed (the analyst only).</summary>
    public bool SeesSmallCounts => Roles.SeesSmallCounts(Role);

    /// <summary>True when the caller may do what <paramref name="role"/> may.</summary>
    public bool IsAtLeast(string role) => Roles.AtLeast(Role, role);

    /// <summary>The caller of an authenticated principal, or null for an anonymous one.</summary>
    public static Caller? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = user.FindFirstValue(ClaimTypes.Role);
        if (id is null || role is null) return null;
        return new Caller(long.Parse(id, CultureInfo.InvariantCulture), user.Identity.Name ?? "", role);
    }
}
