using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Formats.GeoPackage;

/// <summary>
/// Decodes a GeoPackage geometry blob (OGC GeoPackage 1.3, OGC 12-128r18, clause 2.1.3 "Geometry Encoding") with
/// NetTopologySuite.IO.GeoPackage's <see cref="GeoPackageGeoReader"/>. The header is checked here first, because that
/// reader does not verify it: magic "GP", flags byte (bit 5 extended type, bit 4 empty geometry, bits 3–1 envelope
/// contents indicator 0–4 giving an envelope of 0/32/48/48/64 bytes, bit 0 byte order), int32 srs_id.
/// </summary>
internal static class GeoPackageBlob
{
    private static readonly int[] EnvelopeSizes = [0, 32, 48, 48, 64];

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

    /// <summary>Reads the geometry after checking the header, with the factory's SRID set on it.</summary>
    public static Geometry Read(byte[] blob, GeometryFactory factory)
    {
        var header = ReadHeader(blob);
        if (header.Empty && blob.Length == header.Length) return factory.CreateGeometryCollection();
        var reader = new GeoPackageGeoReader(factory.CoordinateSequenceFactory, factory.PrecisionModel) { HandleSRID = true };
        var geometry = reader.Read(blob);

        // An empty point is written as POINT(NaN NaN) in WKB (clause 2.1.3, "empty geometry" note); the empty flag wins.
        if (header.Empty || (geometry is Point { IsEmpty: false } p && double.IsNaN(p.Coordinate.X))) geometry = Empty(geometry, factory);
        geometry.SRID = factory.SRID;
        return geometry;
    }

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
