namespace Geo.Api.Models;

/// <summary>
/// An area indicator whose incidents per day moved significantly between the runs: the counts (null and
/// <see cref="Suppressed"/> when one is below the suppression threshold for the caller's role, and then the ratio, its
/// interval, p and direction are null too), the exact rate ratio B/A with its 95 % interval and p (null where
/// a bound is infinite: no incidents in run A), and rise or fall.
/// </summary>
public sealed record RunChangeResponse(string AreaCode, string? AreaName, string Group, int? IncidentsA, int? IncidentsB, bool Suppressed,
    double? RateRatio, double? Lower, double? Upper, double? P, string? Direction);
