namespace Geo.Planning.Measures;

/// <summary>Whether a measure is a one-off effort (file code <c>engång</c>) or part of ordinary work (<c>ordinarie</c>), as Brå's plan template asks.</summary>
public enum MeasureWork
{
    OneOff,
    Ordinary,
}
