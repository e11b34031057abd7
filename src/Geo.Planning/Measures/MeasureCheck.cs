namespace Geo.Planning.Measures;

/// <summary>The result of checking a catalogue file: the catalogue when every field is valid, else null, and every problem.</summary>
public sealed record MeasureCheck(string File, MeasureCatalogue? Catalogue, IReadOnlyList<MeasureProblem> Problems)
{
    public bool Valid => Problems.Count == 0;
}
