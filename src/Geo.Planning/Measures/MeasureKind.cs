namespace Geo.Planning.Measures;

/// <summary>Situational prevention (changes the place and the opportunity) or social prevention (changes people's motivation and bonds). File codes: situational, social.</summary>
public enum MeasureKind
{
    Situational,
    Social,
}
