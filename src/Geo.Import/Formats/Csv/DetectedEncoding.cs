using System.Text;

namespace Geo.Import.Formats.Csv;

/// <summary>The text encoding chosen for a file, the length of its byte order mark and how it was chosen.</summary>
internal sealed record DetectedEncoding(Encoding Encoding, int BomLength, string Notice);
