using System.Globalization;
using Geo.Formats;

namespace Geo.Import.Mapping;

/// <summary>
/// Forms each row's source id: the id column's value, or — for files without one — "h" + the 64-bit FNV-1a hash
/// (Fowler, Noll &amp; Vo; IETF draft-eastlake-fnv) of the row's field texts, plus "-N" for the N-th (N ≥ 2) row with
/// identical content. The same file imported again yields the same ids, so re-imports are idempotent.
/// The occurrence count keeps one 12-byte entry per distinct row hash.
/// </summary>
internal sealed class RowIdentity
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private readonly int _column;
    private readonly FieldValues _values;
    private readonly Dictionary<ulong, int>? _seen;

    public RowIdentity(int column, FieldValues values)
    {
        _column = column;
        _values = values;
        if (column < 0) _seen = new Dictionary<ulong, int>();
    }

    public bool IsHashed => _column < 0;

    /// <summary>The row's id, or null when the id column is empty.</summary>
    public string? Read(FeatureRow row)
    {
        if (_column >= 0)
        {
            var v = _values.Get(row, _column);
            return v.IsEmpty ? null : v.ToString();
        }
        var h = Hash(row);
        ref var n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seen!, h, out _);
        n++;
        var id = "h" + h.ToString("x16", CultureInfo.InvariantCulture);
        return n == 1 ? id : id + "-" + n.ToString(CultureInfo.InvariantCulture);
    }

    internal static ulong Hash(FeatureRow row)
    {
        var h = FnvOffset;
        for (var i = 0; i < row.FieldCount; i++)
        {
            foreach (var c in row.Span(i))
            {
                h = (h ^ (byte)c) * FnvPrime;
                h = (h ^ (byte)(c >> 8)) * FnvPrime;
            }
            h = (h ^ 0x1F) * FnvPrime;
        }
        if (row.Geometry is { IsEmpty: false } g)
        {
            foreach (var c in g.Coordinates)
            {
                h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(c.X)) * FnvPrime;
                h = (h ^ (ulong)BitConverter.DoubleToInt64Bits(c.Y)) * FnvPrime;
            }
        }
        return h;
    }
}
