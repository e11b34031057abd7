using System.Globalization;
using System.Text.RegularExpressions;

namespace Geo.Planning.Places;

/// <summary>
/// The suppression rule of small counts, one for every shell (the report, the API): with a threshold k, a count from 1 to
/// k − 1 is suppressed (shown as null, or "&lt;k händelser" in a text); zero is never suppressed; no threshold (the
/// analyst, or k ≤ 1) keeps everything. What is computed from a suppressed count (a rate, ratio, trend or share) is
/// suppressed with it by the caller.
/// </summary>
/// <param name="k">The threshold, or null for none.</param>
public sealed partial class Suppressor(int? k)
{
    /// <summary>No suppression (the analyst's view).</summary>
    public static Suppressor None { get; } = new(null);

    /// <summary>The threshold (counts below it and above zero are suppressed), or null.</summary>
    public int? Threshold { get; } = k is > 1 ? k : null;

    /// <summary>The suppressor for <paramref name="role"/>: none for the analyst, <paramref name="suppressBelow"/> for anyone else.</summary>
    public static Suppressor For(string role, int suppressBelow) =>
        Geo.Core.Domain.Roles.SeesSmallCounts(role) || suppressBelow <= 1 ? None : new Suppressor(suppressBelow);

    /// <summary>True when <paramref name="n"/> is a count from 1 to k − 1.</summary>
    public bool Suppresses(int? n) => Threshold is { } t && n is { } v && v > 0 && v < t;

    /// <summary>True when <paramref name="n"/>, a count held as a number (a plan's baseline), is above 0 and below k.</summary>
    public bool Suppresses(double? n) => Threshold is { } t && n is { } v && v > 0 && v < t;

    /// <summary>The count, or null when it is suppressed.</summary>
    public int? Count(int n) => Suppresses(n) ? null : n;

    /// <summary>The count, or null when it is suppressed or missing.</summary>
    public int? Count(int? n) => Suppresses(n) ? null : n;

    /// <summary>A text with its counts in words ("3 händelser", "3 incidents") below the threshold written "&lt;5 händelser".</summary>
    public string Text(string text) => Threshold is not { } t ? text
        : CountInWords().Replace(text, m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && Suppresses(n)
            ? $"<{t} {m.Groups[2].Value}" : m.Value);

    [GeneratedRegex(@"\b(\d+) (händelser|händelse|incidents|incident)\b")]
    private static partial Regex CountInWords();
}
