namespace Geo.Import.Mapping;

/// <summary>
/// Turns local wall-clock times of one IANA time zone into instants, with a small cache of offsets per
/// quarter hour (all daylight-saving transitions in the tz database fall on quarter hours).
/// </summary>
/// <remarks>
/// Policy across transitions, the same as PostgreSQL's for <c>timestamp AT TIME ZONE</c>:
/// a time in the spring-forward gap (2024-03-31 02:30 in Europe/Stockholm) is read with the offset in
/// force before the gap (+01:00, i.e. 03:30 summer time); an ambiguous time in the autumn
/// (2024-10-27 02:30) is taken as its first occurrence, in summer time (+02:00). Both are reported as warnings.
/// </remarks>
internal sealed class LocalTimeConverter
{
    private const int CacheSize = 1024;
    private static readonly long QuarterHour = TimeSpan.TicksPerMinute * 15;
    private readonly long[] _keys = new long[CacheSize];
    private readonly TimeSpan[] _offsets = new TimeSpan[CacheSize];

    public LocalTimeConverter(TimeZoneInfo zone)
    {
        Zone = zone;
        Array.Fill(_keys, long.MinValue);
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>Finds a zone by IANA id, or an error naming the id.</summary>
    public static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"Unknown time zone '{id}': give an IANA id such as Europe/Stockholm.", e);
        }
    }

    /// <summary>The instant of a local time (its <see cref="DateTime.Kind"/> is ignored).</summary>
    public DateTimeOffset ToInstant(DateTime local, out LocalTimeKind kind)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var key = local.Ticks / QuarterHour;
        var slot = (int)(key & (CacheSize - 1));
        kind = LocalTimeKind.Normal;
        if (_keys[slot] == key) return new DateTimeOffset(local, _offsets[slot]);

        TimeSpan offset;
        if (Zone.IsInvalidTime(local))
        {
            kind = LocalTimeKind.Nonexistent;
            offset = Zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, offset);
        }
        if (Zone.IsAmbiguousTime(local))
        {
            kind = LocalTimeKind.Ambiguous;
            var candidates = Zone.GetAmbiguousTimeOffsets(local);
            offset = candidates.Max();
            return new DateTimeOffset(local, offset);
        }
        offset = Zone.GetUtcOffset(local);
        _keys[slot] = key;
        _offsets[slot] = offset;
        return new DateTimeOffset(local, offset);
    }
}
