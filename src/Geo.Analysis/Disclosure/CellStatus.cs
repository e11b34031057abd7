namespace Geo.Analysis.Disclosure;

/// <summary>What a receiver sees of one count of a linked set of tables.</summary>
public enum CellStatus
{
    /// <summary>The count is shown.</summary>
    Published = 0,

    /// <summary>Primary suppression: a count from 1 to k − 1, shown as "&lt;k".</summary>
    Small = 1,

    /// <summary>
    /// Hidden although it is at least k: a complement chosen so that no small count can be recovered from totals (secondary
    /// suppression), or a count forced hidden (it would disclose a small count by differencing with an earlier release).
    /// Shown as "..".
    /// </summary>
    Secondary = 2,

    /// <summary>
    /// Not released at all (shown "x"): a small count that no pattern of "&lt;k" and ".." marks could protect (its
    /// relation pins it by the marks' own bounds, e.g. a total of 4 over four parts of 1 at k = 5). The receiver knows only
    /// that it is a count, [0, ∞); <see cref="SecondarySuppression.Protect"/> then protects it like a small one.
    /// </summary>
    Withheld = 3,
}
