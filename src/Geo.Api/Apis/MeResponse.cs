namespace Geo.Api.Apis;

/// <summary>The answer of <c>GET /api/me</c>: the key's name and role and the threshold of small counts suppressed for it (null for the analyst).</summary>
public sealed record MeResponse(string Name, string Role, int? SuppressBelow);
