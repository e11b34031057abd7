namespace Geo.Planning.Causes;

/// <summary>An exact rate ratio (period against comparison period) with its 95 % interval and two-sided p.</summary>
public sealed record FactRatio(double Statistic, double Lower, double Upper, double P);
