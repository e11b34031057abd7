namespace Geo.Planning.Measures;

/// <summary>
/// One problem of a catalogue file: the file, the measure (its id, or its 1-based position when it has no usable id;
/// null for the file's own lists), the field and what is wrong and what to do.
/// </summary>
public sealed record MeasureProblem(string File, string? Measure, string Field, string Message)
{
    public override string ToString() =>
        Measure is null ? $"{File}: field '{Field}': {Message}" : $"{File}: measure {Measure}, field '{Field}': {Message}";
}
