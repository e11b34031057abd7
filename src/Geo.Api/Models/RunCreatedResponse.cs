namespace Geo.Api.Models;

/// <summary>A run started in the background: its job id and where to follow it (GET /api/jobs/{jobId}).</summary>
public sealed record RunCreatedResponse(string JobId, string StatusUrl);
