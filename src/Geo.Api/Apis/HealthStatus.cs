namespace Geo.Api.Apis;

/// <summary>The answer of <c>/health/live</c> and <c>/health/ready</c>: <c>live</c> or <c>ready</c>, and for readiness how long the database took.</summary>
public sealed record HealthStatus(string Status, double? DatabaseMilliseconds);
