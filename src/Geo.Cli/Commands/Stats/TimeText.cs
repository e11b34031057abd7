using System.Globalization;

namespace Geo.Cli.Commands.Stats;

/// <summary>
/// Reads event times for the space-time sub-commands: ISO 8601 dates and timestamps, <c>yyyy-MM-dd</c>, then <c>T</c> or a
/// space and <c>HH:mm</c> or <c>HH:mm:ss[.fff]</c>, optionally followed by <c>Z</c> or a UTC offset (the wall-clock date is used).
/// </summary>
/// <remarks>
/// Geo.Import's <c>DateTimeParser</c> reads the same and more, but it is internal to Geo.Import; this is the subset the
/// statistics need (calendar steps only need the date).
/// </remarks>
internal static class TimeText
{
    public const string Expected = "yyyy-MM-dd, yyyy-MM-dd HH:mm[:ss] or yyyy-MM-ddTHH:mm[:ss][Z|±HH:mm]";

    private static readonly string[] Local =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd H:mm", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd H:mm:ss zzz",
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out DateTime value)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return true;
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
        {
            value = dto.DateTime; // the wall-clock time where it was written
            return true;
        }
        value = default;
        return false;
    }
}
