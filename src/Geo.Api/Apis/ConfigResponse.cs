namespace Geo.Api.Apis;

/// <summary>The answer of <c>GET /api/config</c>.</summary>
public sealed record ConfigResponse(string DefaultLanguage, int SuppressBelow, string Version, BaseMapResponse? BaseMap);
