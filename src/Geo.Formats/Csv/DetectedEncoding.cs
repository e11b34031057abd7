using System.Text;

namespace Geo.Formats.Csv;

/// <summary>The text encoding chosen for a file, the length of its byte order mark and how it was chosen.</summary>
/// <param name="Repairs">For UTF-8: marks and counts the bytes that are not valid UTF-8 (see <see cref="Windows1252Fallback"/>).</param>
/// <param name="Utf8Confirmed">
/// For UTF-8: true when the file is known to be UTF-8 (a BOM, the user said so, or the sample holds valid non-ASCII UTF-8),
/// so that invalid bytes later mean mixed encodings; false when the sample was plain ASCII and the encoding is still open.
/// </param>
/// <param name="Windows1252">
/// For a file decoded with <see cref="Repairs"/>: true when it is Windows-1252 from the start (the sample is not UTF-8):
/// its invalid bytes are its text, and valid non-ASCII UTF-8 in it means mixed encodings.
/// </param>
internal sealed record DetectedEncoding(Encoding Encoding, int BomLength, string Notice, Windows1252Fallback? Repairs = null, bool Utf8Confirmed = false, bool Windows1252 = false);
