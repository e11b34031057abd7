using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Geo.Storage;

/// <summary>Extended WKB (PostGIS EWKB: WKB with an SRID flag) encoding and decoding, little-endian, 2D.</summary>
internal static class Ewkb
{
    private const uint PointWithSrid = 0x20000001;

    /// <summary>Length of an EWKB point with SRID: byte order, type, SRID, X, Y.</summary>
    public const int PointLength = 25;

    /// <summary>Hand-encoded EWKB point with SRID (the hot path of incident loads).</summary>
    public static byte[] Point(double x, double y, int srid)
    {
        var b = new byte[PointLength];
        b[0] = 1; // little-endian
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(1), PointWithSrid);
        BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(5), srid);
        BinaryPrimitives.WriteDoubleLittleEndian(b.AsSpan(9), x);
        BinaryPrimitives.WriteDoubleLittleEndian(b.AsSpan(17), y);
        return b;
    }

    /// <summary>
    /// EWKB of any geometry; a geometry without SRID (0) is written with <paramref name="defaultSrid"/>,
    /// any other SRID is written as is (so a mismatch reaches the database, which refuses it).
    /// </summary>
    public static byte[] Write(Geometry geometry, int defaultSrid)
    {
        var g = geometry;
        if (g.SRID == 0)
        {
            g = geometry.Copy();
            g.SRID = defaultSrid;
        }
        return new WKBWriter(ByteOrder.LittleEndian, handleSRID: true, emitZ: false, emitM: false).Write(g);
    }

    /// <summary>Decodes EWKB (as returned by ST_AsEWKB) keeping the SRID.</summary>
    public static Geometry Read(byte[] ewkb)
    {
        var g = new WKBReader { HandleSRID = true }.Read(ewkb);
        return g;
    }
}
