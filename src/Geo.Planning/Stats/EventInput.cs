using System.Globalization;
using Geo.Core.Crs;

namespace Geo.Planning.Stats;

/// <summary>
/// How the events of a file are read for a statistic: the metric CRS that longitude/latitude input is projected to, the
/// row filters (category, FIELD=VALUE, date range) and the time zone that times with a UTC offset are converted to.
/// </summary>
/// <param name="Crs">
/// The working CRS (EPSG code of a projected CRS in metres): input in degrees is projected to it (null: the UTM zone of
/// the data, announced), input declaring another metric CRS is reprojected to it, and for input in metres that declares no
/// CRS it names the CRS of the coordinates.
/// </param>
/// <param name="Categories">Keep the rows whose category is one of these codes (a code also matches its sub-codes: "violence" matches "violence.assault"); null: no filter.</param>
/// <param name="CategoryField">The field holding the category; null: a field named category or kategori.</param>
/// <param name="Where">"FIELD=VALUE": keep the rows whose FIELD equals VALUE (case-insensitive); null: no filter.</param>
/// <param name="From">Keep events on or after this local date (needs a time field).</param>
/// <param name="To">Keep events on or before this local date (needs a time field).</param>
/// <param name="TimeField">The field with each event's date or time, for <paramref name="From"/>/<paramref name="To"/> where the statistic has no time series of its own.</param>
/// <param name="TimeZone">
/// IANA time zone that times carrying a UTC offset (or Z) are converted to before their local date is taken; null:
/// <see cref="DefaultTimeZone"/>. Times without an offset are used as written (their own wall-clock time).
/// </param>
public sealed record EventInput(
    int? Crs = null,
    IReadOnlyList<string>? Categories = null,
    string? CategoryField = null,
    string? Where = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? TimeField = null,
    string? TimeZone = null)
{
    /// <summary>The time zone of the lägesbild municipalities, used for times with a UTC offset when none is given.</summary>
    public const string DefaultTimeZone = "Europe/Stockholm";

    /// <summary>True when a row filter (category, where, dates) is asked for.</summary>
    public bool Filters => Categories is not null || Where is not null || From is not null || To is not null;

    /// <summary>The (field, value) of <see cref="Where"/>.</summary>
    internal (string Field, string Value)? WhereParts()
    {
        if (Where is null) return null;
        var eq = Where.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || string.IsNullOrWhiteSpace(Where[..eq]))
            throw new ArgumentException($"--where {Where}: write it as FIELD=VALUE, e.g. --where type=burglary.");
        return (Where[..eq].Trim(), Where[(eq + 1)..].Trim());
    }

    /// <summary>Checks the options against each other before any file is read.</summary>
    internal void Validate()
    {
        if (Crs is { } c && !CrsRegistry.IsMetric(c))
            throw new ArgumentException($"--crs EPSG:{c} ({CrsRegistry.Name(c)}) is not a projected CRS in metres; give one such as EPSG:3006 (SWEREF 99 TM) or a UTM zone (EPSG:326NN).");
        if (Categories is { Count: 0 }) throw new ArgumentException("--category: give one or more comma-separated codes.");
        WhereParts();
        if (From is { } f && To is { } t && t < f) throw new ArgumentException($"--to {t:yyyy-MM-dd} is before --from {f:yyyy-MM-dd}.");
        if (TimeZone is not null) Zone();
    }

    /// <summary>The time zone that times with an offset are converted to.</summary>
    internal TimeZoneInfo Zone()
    {
        var id = TimeZone ?? DefaultTimeZone;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException(TimeZone is null
                ? $"times with a UTC offset are converted to {id}, but this machine has no time zone data for it (install tzdata), or give --time-zone IANA."
                : $"--time-zone {id}: not a known IANA time zone (e.g. Europe/Stockholm, America/New_York; install tzdata if these are unknown too).");
        }
    }

    /// <summary>Parses --from/--to: a date as yyyy-MM-dd, or null.</summary>
    public static DateOnly? ParseDate(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new ArgumentException($"{option} {text}: give a date as yyyy-MM-dd, e.g. 2024-01-31.");
    }

    /// <summary>Parses --category: comma-separated codes, or null.</summary>
    public static IReadOnlyList<string>? ParseCodes(string? text) =>
        text is null ? null : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
