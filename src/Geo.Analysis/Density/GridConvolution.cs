using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Geo.Analysis.Density;

/// <summary>
/// Direct (FFT-free) 2-D correlation of a row-major grid with a small symmetric stencil, parallel over output rows.
/// Each output row accumulates, for every stencil row, the shifted source row weighted by that stencil row (SIMD,
/// register-blocked, zero margins of the stencil row skipped). Values beyond the grid are taken as zero.
/// </summary>
internal static class GridConvolution
{
    /// <summary>
    /// out[r, c] = Σ_{dr, dc} stencil[dr + ry, dc + rx] · src[r + dr, c + dc], with the stencil (2ry+1) rows by (2rx+1) columns.
    /// </summary>
    public static double[] Correlate(double[] src, int columns, int rows, double[] stencil, int rx, int ry)
    {
        var width = 2 * rx + 1;
        var dst = new double[src.Length];
        Parallel.For(0, rows, r =>
        {
            var outRow = dst.AsSpan(r * columns, columns);
            for (var dr = -ry; dr <= ry; dr++)
            {
                var sr = r + dr;
                if (sr < 0 || sr >= rows) continue;
                var srcRow = new ReadOnlySpan<double>(src, sr * columns, columns);
                var row = new ReadOnlySpan<double>(stencil, (dr + ry) * width, width);
                // Trim the zero margins of this (symmetric) stencil row, e.g. outside the quartic's disc.
                var f = 0;
                while (f < rx && row[f] == 0) f++;
                if (row[f] == 0) continue;
                AccumulateRow(outRow, srcRow, row[f..(width - f)], rx - f);
            }
        });
        return dst;
    }

    /// <summary>
    /// outRow[c] += Σ_{dc} k[dc + rx] · srcRow[c + dc]. The interior is register-blocked: each output vector is loaded and
    /// stored once per stencil row while all shifted source vectors are multiplied in; the margins are done scalar.
    /// </summary>
    internal static void AccumulateRow(Span<double> outRow, ReadOnlySpan<double> srcRow, ReadOnlySpan<double> k, int rx)
    {
        var columns = outRow.Length;
        var vw = Vector<double>.Count;
        var lo = rx;
        var hi = columns - rx; // interior: c in [lo, hi) has all c + dc inside the row
        var c = 0;
        if (Vector.IsHardwareAccelerated && hi - lo >= vw)
        {
            ref var dst = ref MemoryMarshal.GetReference(outRow);
            ref var src = ref MemoryMarshal.GetReference(srcRow);
            var vEnd = hi - vw;
            for (c = lo; c <= vEnd; c += vw)
            {
                var acc = Vector.LoadUnsafe(ref dst, (nuint)c);
                for (var j = 0; j < k.Length; j++)
                {
                    var w = k[j];
                    if (w == 0) continue;
                    acc += new Vector<double>(w) * Vector.LoadUnsafe(ref src, (nuint)(c + j - rx));
                }
                acc.StoreUnsafe(ref dst, (nuint)c);
            }
            Scalar(outRow, srcRow, k, rx, 0, lo);
            Scalar(outRow, srcRow, k, rx, c, columns);
            return;
        }
        Scalar(outRow, srcRow, k, rx, 0, columns);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Scalar(Span<double> outRow, ReadOnlySpan<double> srcRow, ReadOnlySpan<double> k, int rx, int from, int to)
    {
        var columns = outRow.Length;
        for (var c = from; c < to; c++)
        {
            double sum = 0;
            var j0 = Math.Max(0, rx - c);
            var j1 = Math.Min(k.Length, columns - c + rx);
            for (var j = j0; j < j1; j++) sum += k[j] * srcRow[c + j - rx];
            outRow[c] += sum;
        }
    }
}
