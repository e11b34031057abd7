namespace Geo.Analysis.Inference;

/// <summary>One problem found by <see cref="InputCheck"/>.</summary>
/// <param name="Severity">Error, undefined locations, or a warning.</param>
/// <param name="Message">The whole problem in words, for the notices ("no neighbours for 4 locations: ids 3, 7, 9, 21").</param>
/// <param name="Reason">The short reason carried by each affected location's output ("no neighbours"); null for errors and warnings.</param>
/// <param name="Locations">The affected locations (0-based); empty when the problem is about the input as a whole.</param>
public sealed record InputProblem(InputSeverity Severity, string Message, string? Reason, IReadOnlyList<int> Locations)
{
    public static InputProblem Error(string message) => new(InputSeverity.Error, message, null, []);

    public static InputProblem Warning(string message) => new(InputSeverity.Warning, message, null, []);

    public override string ToString() => Message;
}
