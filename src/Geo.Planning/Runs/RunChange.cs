namespace Geo.Planning.Runs;

/// <summary>
/// An indicator that moved between two runs: an area (or the whole study area, '*') and category group whose incidents
/// per day in run B's period differ significantly from run A's (exact conditional rate ratio, 95 %).
/// </summary>
public sealed record RunChange(string AreaCode, string? AreaName, string CategoryGroup, int IncidentsA, int IncidentsB,
    double RateRatio, double Lower, double Upper, double P, string Direction);
