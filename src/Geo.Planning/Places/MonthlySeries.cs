namespace Geo.Planning.Places;

/// <summary>Counts per calendar month from <paramref name="From"/> (<c>yyyy-MM</c>, the month of the run's period start); a suppressed count is null.</summary>
public sealed record MonthlySeries(string From, IReadOnlyList<int?> Counts);
