namespace Geo.Formats.GeoJson;

/// <summary>What <see cref="JsonTokenStream.TryReadValueOrEnd"/> did.</summary>
internal enum FastValue
{
    /// <summary>The value was read and the stream moved past it.</summary>
    Read,

    /// <summary>The enclosing array closed; the stream moved past its end.</summary>
    End,

    /// <summary>Not read (not wholly buffered, or the reader gave up); the stream did not move.</summary>
    NotRead,
}
