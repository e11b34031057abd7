using System.Text.Json;

namespace Geo.Import.Formats.GeoJson;

/// <summary>Receives each token of <see cref="JsonTokenStream.VisitAll"/>.</summary>
internal delegate void JsonTokenVisitor(ref Utf8JsonReader reader);
