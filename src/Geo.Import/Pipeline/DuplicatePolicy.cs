namespace Geo.Import.Pipeline;

/// <summary>What an import does with rows whose id repeats an earlier row's in the same file.</summary>
public enum DuplicatePolicy
{
    /// <summary>Keep the first row of each id; reject the repeats (reported with the row they repeat; they count towards the reject rate).</summary>
    Reject,
    /// <summary>Accept the repeats on purpose: keep the first row of each id.</summary>
    KeepFirst,
    /// <summary>Accept the repeats on purpose: keep the last row of each id (a later row corrects an earlier one).</summary>
    KeepLast,
}
