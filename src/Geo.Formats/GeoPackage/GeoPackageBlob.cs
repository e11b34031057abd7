using System.Buffers.Binary;
using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Formats.GeoPackage;

/// <summary>
/// Decodes a GeoPackage geometry blob (OGC GeoPackage 1.3, OGC 12-128r18, clause 2.1.3 "Geometry Encoding") with
/// NetTopologySuite.IO.GeoPackage's <see cref="GeoPackageGeoReader"/>. The header is checked here first, because that
/// reader does not verify it: magic "GP", flags byte (bit 5 extended type, bit 4 empty geometry, bits 3–1 envelope
/// contents indicator 0–4 giving an envelope of 0/32/48/48/64 bytes, bit 0 byte order), int32 srs_id. The WKB after it
/// is walked once (<see cref="CheckWkb"/>) before NTS reads it, so that a corrupt blob — a count of 2^31 points in a
/// 100-byte blob, a cut-off coordinate, an unknown type — is refused with a plain reason instead of an exception from
/// deep inside the WKB reader or a huge allocation.
/// </summary>
internal static class GeoPackageBlob
{
    private static readonly int[] EnvelopeSizes = [0, 32, 48, 48, 64];
    private const int MaxDepth = 32;

    /// <summary>The header fields.</summary>
    public readonly record struct Header(byte Version, bool Empty, bool LittleEndian, int EnvelopeIndicator, int SrsId, int Length);

    /// <summary>Parses the header; throws <see cref="FormatException"/> when the blob is not a GeoPackage geometry.</summary>
    public static Header ReadHeader(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 8 || blob[0] != (byte)'G' || blob[1] != (byte)'P')
            throw new FormatException("not a GeoPackage geometry blob (no \"GP\" magic)");
        var flags = blob[3];
        if ((flags & 0x20) != 0) throw new FormatException("extended (non-standard) GeoPackage geometry types are not supported");
        var indicator = (flags >> 1) & 0x07;
        if (indicator >= EnvelopeSizes.Length) throw new FormatException($"invalid envelope contents indicator {indicator}");
        var littleEndian = (flags & 0x01) != 0;
        var srsId = littleEndian ? BinaryPrimitives.ReadInt32LittleEndian(blob[4..]) : BinaryPrimitives.ReadInt32BigEndian(blob[4..]);
        var length = 8 + EnvelopeSizes[indicator];
        if (blob.Length < length) throw new FormatException("the geometry blob is shorter than its header");
        return new Header(blob[2], (flags & 0x10) != 0, littleEndian, indicator, srsId, length);
    }

    /// <summary>Reads the geometry after checking the header and the WKB, with the factory's SRID set on it.</summary>
    /// <exception cref="FormatException">The blob is corrupt; the message says how, in plain words.</exception>
    public static Geometry Read(byte[] blob, GeometryFactory factory)
    {
        var header = ReadHeader(blob);
        if (header.Empty && blob.Length == header.Length) return factory.CreateGeometryCollection();
        CheckWkb(blob.AsSpan(header.Length));
        Geometry geometry;
        try
        {
            var reader = new GeoPackageGeoReader(factory.CoordinateSequenceFactory, factory.PrecisionModel) { HandleSRID = true };
            geometry = reader.Read(blob);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // CheckWkb accepts only what the WKB grammar allows, so this is a structure NTS refuses (e.g. an unclosed ring).
            throw new FormatException("the geometry's WKB is well-formed but does not describe a valid geometry (e.g. a polygon ring that is not closed or has fewer than four points)");
        }

        // An empty point is written as POINT(NaN NaN) in WKB (clause 2.1.3, "empty geometry" note); the empty flag wins.
        if (header.Empty || (geometry is Point { IsEmpty: false } p && double.IsNaN(p.Coordinate.X))) geometry = Empty(geometry, factory);
        geometry.SRID = factory.SRID;
        return geometry;
    }

    /// <summary>
    /// Walks a WKB geometry (OGC 06-103r4 §8.2; ISO Z/M type codes 1000–3007 and the EWKB Z/M/SRID flags accepted) without
    /// allocating and throws <see cref="FormatException"/> with a plain reason when a count claims more than the blob holds,
    /// the blob ends early, a type or byte order is unknown, or a coordinate is not a finite number (except the NaN of an
    /// empty point). Bytes after the geometry are ignored, as NTS and GDAL do.
    /// </summary>
    internal static void CheckWkb(ReadOnlySpan<byte> wkb)
    {
        var pos = 0;
        Walk(wkb, ref pos, 0);
    }

    private static void Walk(ReadOnlySpan<byte> wkb, ref int pos, int depth)
    {
        if (depth > MaxDepth) throw new FormatException($"the geometry nests collections more than {MaxDepth} levels deep");
        if (wkb.Length - pos < 5) throw new FormatException("the geometry blob ends inside a WKB geometry header");
        var order = wkb[pos];
        if (order > 1) throw new FormatException($"unknown WKB byte order {order} (expected 0 or 1)");
        var little = order == 1;
        var code = ReadUInt32(wkb, pos + 1, little);
        pos += 5;
        var dims = 2;
        if ((code & 0x20000000) != 0)
        {
            if (wkb.Length - pos < 4) throw new FormatException("the geometry blob ends inside a WKB SRID");
            pos += 4;
        }
        if ((code & 0x80000000) != 0) dims++;
        if ((code & 0x40000000) != 0) dims++;
        code &= 0x0FFFFFFF;
        if (code >= 1000)
        {
            dims += (code / 1000) switch { 1 or 2 => 1, 3 => 2, _ => throw new FormatException($"unknown WKB geometry type {code}") };
            code %= 1000;
        }

        switch (code)
        {
            case 1:
                Coordinates(wkb, ref pos, 1, little, dims, "point", allowNaN: true);
                break;
            case 2:
                Coordinates(wkb, ref pos, Count(wkb, ref pos, little, dims * 8, "line", "points"), little, dims, "line", allowNaN: false);
                break;
            case 3:
            {
                var rings = Count(wkb, ref pos, little, 4, "polygon", "rings");
                for (var i = 0; i < rings; i++)
                    Coordinates(wkb, ref pos, Count(wkb, ref pos, little, dims * 8, "polygon ring", "points"), little, dims, "polygon ring", allowNaN: false);
                break;
            }
            case 4 or 5 or 6 or 7:
            {
                var parts = Count(wkb, ref pos, little, 5, code == 7 ? "geometry collection" : "multi-geometry", "parts");
                for (var i = 0; i < parts; i++) Walk(wkb, ref pos, depth + 1);
                break;
            }
            default:
                throw new FormatException($"unknown WKB geometry type {code} (expected 1–7: point … geometry collection)");
        }
    }

    /// <summary>Reads a count and checks that the rest of the blob can hold that many items of at least <paramref name="minBytes"/> each.</summary>
    private static int Count(ReadOnlySpan<byte> wkb, ref int pos, bool little, int minBytes, string what, string items)
    {
        if (wkb.Length - pos < 4) throw new FormatException($"the geometry blob ends inside the {what}'s number of {items}");
        var n = ReadUInt32(wkb, pos, little);
        pos += 4;
        var room = (wkb.Length - pos) / minBytes;
        if (n > room)
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"the {what} claims {n:N0} {items}, but the rest of the geometry blob ({wkb.Length - pos:N0} bytes) has room for at most {room:N0}: the blob is corrupt"));
        return (int)n;
    }

    private static void Coordinates(ReadOnlySpan<byte> wkb, ref int pos, int count, bool little, int dims, string what, bool allowNaN)
    {
        var bytes = count * dims * 8;
        if (wkb.Length - pos < bytes) throw new FormatException($"the geometry blob ends inside the {what}'s coordinates");
        var nan = 0;
        for (var i = 0; i < count * dims; i++)
        {
            var span = wkb[(pos + i * 8)..];
            var v = little ? BinaryPrimitives.ReadDoubleLittleEndian(span) : BinaryPrimitives.ReadDoubleBigEndian(span);
            if (double.IsNaN(v)) nan++;
            else if (!double.IsFinite(v)) throw new FormatException($"the {what} has an infinite coordinate");
        }
        // NaN is allowed only as the empty point POINT(NaN NaN) of clause 2.1.3.
        if (nan > 0 && !(allowNaN && nan == count * dims))
            throw new FormatException($"the {what} has a coordinate that is not a number (NaN)");
        pos += bytes;
    }

    private static uint ReadUInt32(ReadOnlySpan<byte> wkb, int pos, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(wkb[pos..]) : BinaryPrimitives.ReadUInt32BigEndian(wkb[pos..]);

    private static Geometry Empty(Geometry geometry, GeometryFactory factory) => geometry switch
    {
        Point => factory.CreatePoint(),
        LinearRing or LineString => factory.CreateLineString(),
        Polygon => factory.CreatePolygon(),
        MultiPoint => factory.CreateMultiPoint(),
        MultiLineString => factory.CreateMultiLineString(),
        MultiPolygon => factory.CreateMultiPolygon(),
        _ => factory.CreateGeometryCollection(),
    };
}
