namespace Geo.Import.Mapping;

/// <summary>How a local time without offset relates to its zone's daylight-saving transitions.</summary>
internal enum LocalTimeKind
{
    /// <summary>Occurs exactly once.</summary>
    Normal,
    /// <summary>Falls in the spring-forward gap: read with the offset in force just before the gap.</summary>
    Nonexistent,
    /// <summary>Occurs twice (autumn fall-back): the first occurrence (summer time) is taken.</summary>
    Ambiguous,
}
