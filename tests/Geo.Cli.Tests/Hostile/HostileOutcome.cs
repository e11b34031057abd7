namespace Geo.Cli.Tests.Hostile;

/// <summary>What a hostile input must lead to (see <see cref="HostileCase"/>).</summary>
public enum HostileOutcome
{
    /// <summary>The whole file is refused before or while reading: nothing loaded.</summary>
    Refused,
    /// <summary>The rows were read but too many were rejected: nothing loaded, the report says why.</summary>
    TooManyRejects,
    /// <summary>The good rows loaded; the bad ones (if any) are in the report.</summary>
    Loaded,
}
