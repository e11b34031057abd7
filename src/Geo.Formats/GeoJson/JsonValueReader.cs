using System.Text.Json;

namespace Geo.Formats.GeoJson;

/// <summary>
/// Reads one value for <see cref="JsonTokenStream.TryReadValueOrEnd"/> from <paramref name="reader"/> (on the value's
/// first token; <paramref name="data"/> is the span it reads); false to give up, leaving the value to the exact path.
/// </summary>
internal delegate bool JsonValueReader(ref Utf8JsonReader reader, ReadOnlySpan<byte> data);
