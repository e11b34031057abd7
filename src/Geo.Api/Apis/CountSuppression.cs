using System.Globalization;
using System.Text.RegularExpressions;
using Geo.Api.Security;

namespace Geo.Api.Apis;

/// <summary>
/// Small counts for the roles that must not see them (as the reports do): counts from 1 to k − 1 become null and numbers
/// of incidents in words ("3 händelser") become "&lt;k händelser"; zero is not suppressed; no threshold (the analyst) keeps everything.
/// </summary>
internal sealed partial class CountSuppression(int? k)
{
    /// <summary>The threshold for the caller: none for the analyst, else <see cref="GeoApiOptions.SuppressBelow"/>.</summary>
    public static CountSuppression For(Caller caller, GeoApiOptions options) => new(caller.SeesSmallCounts ? null : options.SuppressBelow);

    public int? Threshold => k;

    public bool Suppresses(int? n) => k is { } t && n is { } v && v > 0 && v < t;

    public bool Suppresses(double? n) => k is { } t && n is { } v && v > 0 && v < t;

    public string Text(string text) => k is null ? text
        : CountInWords().Replace(text, m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && Suppresses(n)
            ? $"<{k} {m.Groups[2].Value}" : m.Value);

    public string? TextOrNull(string? text) => text is null ? null : Text(text);

    [GeneratedRegex(@"\b(\d+) (händelser|händelse|incidents|incident)\b")]
    private static partial Regex CountInWords();
}
