using System.Text;

namespace Geo.Formats.Csv;

/// <summary>The text encoding chosen for a file, the length of its byte order mark and how it was chosen.</summary>
/// <param name="Repairs">For UTF-8: counts invalid bytes read as Windows-1252 instead.</param>
internal sealed record DetectedEncoding(Encoding Encoding, int BomLength, string Notice, Windows1252Fallback? Repairs = null);
