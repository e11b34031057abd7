namespace Geo.Analysis.Inference;

/// <summary>
/// The data cannot give the statistic (no rows, duplicate ids, all points at one place, no location with a neighbour):
/// the message says what is wrong and what to do. Shells report it as a data error (the CLI exits with 1), not as a
/// usage error.
/// </summary>
public sealed class StatisticInputException : Exception
{
    public StatisticInputException(string message) : this(message, [InputProblem.Error(message)])
    {
    }

    public StatisticInputException(string message, IReadOnlyList<InputProblem> problems) : base(message)
    {
        Problems = problems;
    }

    public StatisticInputException() : this("the input cannot give the statistic.")
    {
    }

    public StatisticInputException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [InputProblem.Error(message)];
    }

    /// <summary>The errors found (at least one).</summary>
    public IReadOnlyList<InputProblem> Problems { get; }
}
