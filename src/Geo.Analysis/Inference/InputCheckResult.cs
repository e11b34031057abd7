namespace Geo.Analysis.Inference;

/// <summary>What <see cref="InputCheck.Run"/> found: the problems and, per location, why its statistic is undefined (null: defined).</summary>
public sealed record InputCheckResult(IReadOnlyList<InputProblem> Problems, string?[] Undefined)
{
    public IEnumerable<InputProblem> Errors => Problems.Where(p => p.Severity == InputSeverity.Error);

    /// <summary>The undefined-location problems and warnings, for the notices.</summary>
    public IEnumerable<InputProblem> Notices => Problems.Where(p => p.Severity != InputSeverity.Error);

    /// <summary>Locations whose statistic is undefined.</summary>
    public int UndefinedCount => Undefined.Count(r => r is not null);

    /// <summary>Throws a <see cref="StatisticInputException"/> naming every error, if there is one.</summary>
    public void ThrowIfErrors()
    {
        var errors = Errors.ToList();
        if (errors.Count > 0) throw new StatisticInputException(string.Join(" ", errors.Select(e => e.Message)), errors);
    }
}
