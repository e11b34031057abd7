using System.Numerics;

namespace Geo.Analysis.Density;

/// <summary>
/// Direct (FFT-free) 2-D correlation of a row-major grid with a small symmetric stencil, parallel over output rows.
/// Each output row is built as a sum of shifted input rows scaled by one stencil weight, so every inner loop is a long
/// contiguous SIMD multiply-add. Values beyond the grid are taken as zero.
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
                var k = (dr + ry) * width + rx;
                for (var dc = -rx; dc <= rx; dc++)
                {
                    var w = stencil[k + dc];
                    if (w == 0) continue;
                    var c0 = Math.Max(0, -dc);
                    var c1 = Math.Min(columns, columns - dc);
                    if (c1 <= c0) continue;
                    AddScaled(outRow[c0..c1], srcRow.Slice(c0 + dc, c1 - c0), w);
                }
            }
        });
        return dst;
    }

    /// <summary>dst[i] += a·src[i].</summary>
    internal static void AddScaled(Span<double> dst, ReadOnlySpan<double> src, double a)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && dst.Length >= Vector<double>.Count)
        {
            var va = new Vector<double>(a);
            var n = dst.Length - Vector<double>.Count;
            for (; i <= n; i += Vector<double>.Count)
            {
                var d = new Vector<double>(dst[i..]);
                var s = new Vector<double>(src[i..]);
                (d + va * s).CopyTo(dst[i..]);
            }
        }
        for (; i < dst.Length; i++) dst[i] += a * src[i];
    }
}
