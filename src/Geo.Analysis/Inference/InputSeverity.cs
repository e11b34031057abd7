namespace Geo.Analysis.Inference;

/// <summary>How serious a problem of a statistic's input is (see <see cref="InputCheck"/>).</summary>
public enum InputSeverity
{
    /// <summary>The statistic cannot be computed at all: the caller stops and says what to do.</summary>
    Error,

    /// <summary>The statistic is undefined for some or all locations (no class, no p-value), for the reason given.</summary>
    Undefined,

    /// <summary>The statistic is computed, but the user should know this before trusting it.</summary>
    Warning,
}
