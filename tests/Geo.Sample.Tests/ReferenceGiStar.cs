using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Geo.Sample.Tests;

/// <summary>
/// A minimal Getis–Ord Gi* for checking the planted strength (Getis &amp; Ord 1992; Ord &amp; Getis 1995, eq. 6):
/// counts on a 250 m grid (cells whose centre is on land), binary queen weights including the cell itself, global
/// mean and standard deviation, two-sided normal p-values (erfc by Abramowitz &amp; Stegun 7.1.26), Benjamini–Hochberg
/// false discovery rate. Not the product's implementation: a reference for the generator's tests.
/// </summary>
public sealed class ReferenceGiStar
{
    public const double Cell = 250;
    private readonly int _x0, _y0, _nx, _ny;
    private readonly bool[,] _land;

    public ReferenceGiStar(MultiPolygon boundary)
    {
        var e = boundary.EnvelopeInternal;
        _x0 = (int)Math.Floor(e.MinX / Cell); _y0 = (int)Math.Floor(e.MinY / Cell);
        _nx = (int)Math.Ceiling(e.MaxX / Cell) - _x0; _ny = (int)Math.Ceiling(e.MaxY / Cell) - _y0;
        var locator = new IndexedPointInAreaLocator(boundary);
        _land = new bool[_nx, _ny];
        for (var i = 0; i < _nx; i++)
            for (var j = 0; j < _ny; j++)
                _land[i, j] = locator.Locate(new Coordinate((_x0 + i + 0.5) * Cell, (_y0 + j + 0.5) * Cell)) != Location.Exterior;
    }

    /// <summary>The grid cells (column, row) inside an axis-aligned polygon on the 250 m grid.</summary>
    public List<(int I, int J)> CellsOf(Polygon p)
    {
        var e = p.EnvelopeInternal;
        var list = new List<(int, int)>();
        for (var i = (int)Math.Round(e.MinX / Cell) - _x0; i < (int)Math.Round(e.MaxX / Cell) - _x0; i++)
            for (var j = (int)Math.Round(e.MinY / Cell) - _y0; j < (int)Math.Round(e.MaxY / Cell) - _y0; j++)
                list.Add((i, j));
        return list;
    }

    /// <summary>+1 for a hot cell, −1 for a cold one, 0 otherwise, at the given false discovery rate.</summary>
    public int[,] Classify(IEnumerable<(double X, double Y)> points, double fdr = 0.05)
    {
        var count = new double[_nx, _ny];
        foreach (var (x, y) in points)
        {
            var i = (int)Math.Floor(x / Cell) - _x0; var j = (int)Math.Floor(y / Cell) - _y0;
            if (i >= 0 && j >= 0 && i < _nx && j < _ny) count[i, j]++;
        }
        var cells = new List<(int I, int J)>();
        for (var i = 0; i < _nx; i++) for (var j = 0; j < _ny; j++) if (_land[i, j]) cells.Add((i, j));
        double n = cells.Count, sum = 0, sum2 = 0;
        foreach (var (i, j) in cells) { sum += count[i, j]; sum2 += count[i, j] * count[i, j]; }
        var mean = sum / n; var s = Math.Sqrt(sum2 / n - mean * mean);
        var tests = new List<(double P, int I, int J, double Z)>();
        foreach (var (i, j) in cells)
        {
            double w = 0, wx = 0;
            for (var a = -1; a <= 1; a++)
                for (var b = -1; b <= 1; b++)
                {
                    int u = i + a, v = j + b;
                    if (u < 0 || v < 0 || u >= _nx || v >= _ny || !_land[u, v]) continue;
                    w++; wx += count[u, v];
                }
            var z = (wx - mean * w) / (s * Math.Sqrt((n * w - w * w) / (n - 1)));
            tests.Add((Erfc(Math.Abs(z) / Math.Sqrt(2)), i, j, z));
        }
        tests.Sort((a, b) => a.P.CompareTo(b.P));
        var k = 0;
        for (var r = 0; r < tests.Count; r++) if (tests[r].P <= fdr * (r + 1) / tests.Count) k = r + 1;
        var result = new int[_nx, _ny];
        for (var r = 0; r < k; r++) result[tests[r].I, tests[r].J] = Math.Sign(tests[r].Z);
        return result;
    }

    private static double Erfc(double x)
    {
        var t = 1 / (1 + 0.3275911 * x);
        return t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.Exp(-x * x);
    }
}
