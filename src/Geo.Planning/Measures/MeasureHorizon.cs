namespace Geo.Planning.Measures;

/// <summary>When a measure is expected to act: in the short term (months) or the long term (years). File codes: short, long.</summary>
public enum MeasureHorizon
{
    Short,
    Long,
}
