using System.Text.Json;

namespace Geo.Formats.GeoJson;

/// <summary>Receives each token of <see cref="JsonTokenStream.VisitAll"/>.</summary>
internal delegate void JsonTokenVisitor(ref Utf8JsonReader reader);
