using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Import.Mapping;

/// <summary>Reads geometries written as WKT in a text column (one reader per mapper: WKTReader is not thread-safe).</summary>
internal sealed class WktGeometry
{
    private readonly WKTReader _reader = new();

    public bool TryRead(ReadOnlySpan<char> text, out Geometry? geometry, out string? error)
    {
        try
        {
            geometry = _reader.Read(text.ToString());
            error = null;
            return true;
        }
        catch (Exception e) when (e is ParseException or ArgumentException or FormatException or InvalidOperationException)
        {
            geometry = null;
            error = e.Message;
            return false;
        }
    }
}
