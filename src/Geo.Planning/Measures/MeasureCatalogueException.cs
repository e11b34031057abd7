namespace Geo.Planning.Measures;

/// <summary>A catalogue file is invalid (a <see cref="FormatException"/>, so the CLI reports it as a usage error, exit 2); <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class MeasureCatalogueException(string file, IReadOnlyList<MeasureProblem> problems)
    : FormatException($"{file}: {problems.Count} problem(s) in the measure catalogue; run `geo measures check {file}` to list them. First: {problems[0]}")
{
    public IReadOnlyList<MeasureProblem> Problems { get; } = problems;
}
