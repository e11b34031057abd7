using System.Buffers.Binary;
using System.Text;

namespace Geo.Api.Tests.Tiles;

/// <summary>
/// A small protobuf reader for the Mapbox Vector Tile 2.1 schema (vector_tile.proto): Tile.layers (3); Layer.name (1),
/// features (2), keys (3), values (4), extent (5), version (15); Feature.id (1), tags (2, packed), type (3), geometry
/// (4, packed); Value.string (1), float (2), double (3), int64 (4), uint64 (5), sint64 (6), bool (7).
/// </summary>
public static class MvtReader
{
    public static IReadOnlyList<MvtLayer> Read(byte[] tile)
    {
        var layers = new List<MvtLayer>();
        var r = new Reader(tile);
        while (!r.End)
        {
            var (field, wire) = r.Tag();
            if (field == 3 && wire == 2) layers.Add(Layer(r.Bytes()));
            else r.Skip(wire);
        }
        return layers;
    }

    private static MvtLayer Layer(ReadOnlyMemory<byte> bytes)
    {
        var r = new Reader(bytes);
        string name = "";
        uint version = 1, extent = 4096;
        var keys = new List<string>();
        var values = new List<object>();
        var raw = new List<(ulong? Id, int Type, List<uint> Tags, List<uint> Geometry)>();
        while (!r.End)
        {
            var (field, wire) = r.Tag();
            switch (field, wire)
            {
                case (1, 2): name = r.String(); break;
                case (2, 2): raw.Add(Feature(r.Bytes())); break;
                case (3, 2): keys.Add(r.String()); break;
                case (4, 2): values.Add(Value(r.Bytes())); break;
                case (5, 0): extent = (uint)r.Varint(); break;
                case (15, 0): version = (uint)r.Varint(); break;
                default: r.Skip(wire); break;
            }
        }
        var features = raw.Select(f =>
        {
            if (f.Tags.Count % 2 != 0) throw new InvalidDataException("A feature's tags are not key/value pairs.");
            var props = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = 0; i < f.Tags.Count; i += 2) props[keys[(int)f.Tags[i]]] = values[(int)f.Tags[i + 1]];
            return new MvtFeature(f.Id, f.Type, props, f.Geometry);
        }).ToList();
        return new MvtLayer(name, version, extent, features);
    }

    private static (ulong? Id, int Type, List<uint> Tags, List<uint> Geometry) Feature(ReadOnlyMemory<byte> bytes)
    {
        var r = new Reader(bytes);
        ulong? id = null;
        var type = 0;
        List<uint> tags = [], geometry = [];
        while (!r.End)
        {
            var (field, wire) = r.Tag();
            switch (field, wire)
            {
                case (1, 0): id = r.Varint(); break;
                case (2, 2): r.Packed(tags); break;
                case (2, 0): tags.Add((uint)r.Varint()); break;
                case (3, 0): type = (int)r.Varint(); break;
                case (4, 2): r.Packed(geometry); break;
                case (4, 0): geometry.Add((uint)r.Varint()); break;
                default: r.Skip(wire); break;
            }
        }
        return (id, type, tags, geometry);
    }

    private static object Value(ReadOnlyMemory<byte> bytes)
    {
        var r = new Reader(bytes);
        object? value = null;
        while (!r.End)
        {
            var (field, wire) = r.Tag();
            switch (field, wire)
            {
                case (1, 2): value = r.String(); break;
                case (2, 5): value = (double)BinaryPrimitives.ReadSingleLittleEndian(r.Fixed(4).Span); break;
                case (3, 1): value = BinaryPrimitives.ReadDoubleLittleEndian(r.Fixed(8).Span); break;
                case (4, 0): value = (long)r.Varint(); break;
                case (5, 0): value = (long)r.Varint(); break;
                case (6, 0): var u = r.Varint(); value = (long)(u >> 1) ^ -(long)(u & 1); break;
                case (7, 0): value = r.Varint() != 0; break;
                default: r.Skip(wire); break;
            }
        }
        return value ?? throw new InvalidDataException("A value without a value.");
    }

    private sealed class Reader(ReadOnlyMemory<byte> data)
    {
        private int _pos;

        public bool End => _pos >= data.Length;

        public (int Field, int Wire) Tag()
        {
            var t = Varint();
            return ((int)(t >> 3), (int)(t & 7));
        }

        public ulong Varint()
        {
            ulong v = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                if (_pos >= data.Length) throw new InvalidDataException("The tile ends inside a varint.");
                var b = data.Span[_pos++];
                v |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new InvalidDataException("A varint longer than 10 bytes.");
        }

        public ReadOnlyMemory<byte> Bytes()
        {
            var n = checked((int)Varint());
            return Fixed(n);
        }

        public ReadOnlyMemory<byte> Fixed(int n)
        {
            if (_pos + n > data.Length) throw new InvalidDataException("A field runs past the end of the tile.");
            var m = data.Slice(_pos, n);
            _pos += n;
            return m;
        }

        public string String() => Encoding.UTF8.GetString(Bytes().Span);

        public void Packed(List<uint> into)
        {
            var r = new Reader(Bytes());
            while (!r.End) into.Add((uint)r.Varint());
        }

        public void Skip(int wire)
        {
            switch (wire)
            {
                case 0: Varint(); break;
                case 1: Fixed(8); break;
                case 2: Bytes(); break;
                case 5: Fixed(4); break;
                default: throw new InvalidDataException($"Unknown wire type {wire}.");
            }
        }
    }
}
