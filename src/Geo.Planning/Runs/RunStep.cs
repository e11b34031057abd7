namespace Geo.Planning.Runs;

/// <summary>A step of a run and how long it took.</summary>
public sealed record RunStep(string Name, double Seconds);
