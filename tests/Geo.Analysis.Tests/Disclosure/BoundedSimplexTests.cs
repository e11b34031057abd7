using System.Globalization;
using System.Text;
using Geo.Analysis.Disclosure;

namespace Geo.Analysis.Tests.Disclosure;

public sealed class BoundedSimplexTests
{
    private static BoundedSimplex Program(double[][] a, double[] b, double[] lo, double[] hi)
    {
        var lp = new BoundedSimplex(a.Length, lo.Length);
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < lo.Length; j++) lp.SetCoefficient(i, j, a[i][j]);
            lp.SetRightHandSide(i, b[i]);
        }
        for (var j = 0; j < lo.Length; j++) lp.SetBounds(j, lo[j], hi[j]);
        return lp;
    }

    [Fact]
    public void Solves_a_small_program_by_hand()
    {
        // x1 + x2 = 3, 0 ≤ x1 ≤ 5, 1 ≤ x2 ≤ 2: min x1 − 2 x2 = 1 − 4 = −3 at (1, 2); max = 2 − 2 = 0 at (2, 1).
        var lp = Program([[1, 1]], [3], [0, 1], [5, 2]);
        Assert.Equal(LpOutcome.Optimal, lp.Start());
        Assert.Equal(LpOutcome.Optimal, lp.Minimize([1, -2], out var min));
        Assert.Equal(-3, min, 9);
        Assert.Equal(1, lp.Value(0), 9);
        Assert.Equal(2, lp.Value(1), 9);
        Assert.Equal(LpOutcome.Optimal, lp.Maximize([1, -2], out var max));
        Assert.Equal(0, max, 9);
    }

    [Fact]
    public void Reports_infeasible_and_unbounded_programs()
    {
        var infeasible = Program([[1, 1]], [10], [0, 0], [4, 5]);
        Assert.Equal(LpOutcome.Infeasible, infeasible.Start());
        var open = Program([[1, -1]], [3], [0, 1], [double.PositiveInfinity, double.PositiveInfinity]);
        Assert.Equal(LpOutcome.Optimal, open.Start());
        Assert.Equal(LpOutcome.Unbounded, open.Optimize(1, true, out var value));
        Assert.Equal(double.PositiveInfinity, value);
        Assert.Equal(LpOutcome.Optimal, open.Optimize(1, false, out var low));
        Assert.Equal(1, low, 9);
        Assert.Equal(4, open.Value(0), 9);
    }

    [Fact]
    public void Leaves_out_redundant_rows()
    {
        // Rows 1 + 2 = row 3: the third is redundant. x + y = 4, z + w = 6, x + y + z + w = 10, all in [1, 5].
        var lp = Program([[1, 1, 0, 0], [0, 0, 1, 1], [1, 1, 1, 1]], [4, 6, 10], [1, 1, 1, 1], [5, 5, 5, 5]);
        Assert.Equal(LpOutcome.Optimal, lp.Start());
        Assert.Equal(LpOutcome.Optimal, lp.Optimize(2, true, out var zmax));
        Assert.Equal(5, zmax, 9);
        Assert.Equal(LpOutcome.Optimal, lp.Optimize(2, false, out var zmin));
        Assert.Equal(1, zmin, 9);
        Assert.Equal(LpOutcome.Optimal, lp.Optimize(0, true, out var xmax));
        Assert.Equal(3, xmax, 9);
    }

    /// <summary>
    /// Fifty random bounded programs (equality rows with small integer coefficients, feasible by construction, a few
    /// variables without an upper bound) solved by GLPK's glpsol and by <see cref="BoundedSimplex"/>: the same status and
    /// the same optimum within 1e-6. glpsol must be installed on CI (scripts/install-deps.sh --tests installs glpk-utils).
    /// </summary>
    [Fact]
    public void Agrees_with_glpsol_on_random_programs()
    {
        if (!Glpk.Available()) return; // locally without glpsol (fails on CI): nothing to compare with
        var random = new Random(20261127);
        var dir = Path.Combine(Path.GetTempPath(), "geo-glpk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var compared = 0;
            var unbounded = 0;
            for (var run = 0; run < 50; run++)
            {
                var m = random.Next(1, 9);
                var n = random.Next(m, 16);
                var a = new double[m][];
                var lo = new double[n];
                var hi = new double[n];
                var x0 = new double[n];
                for (var j = 0; j < n; j++)
                {
                    lo[j] = random.Next(-5, 6);
                    hi[j] = random.NextDouble() < 0.15 ? double.PositiveInfinity : lo[j] + random.Next(0, 12);
                    x0[j] = lo[j] + random.NextDouble() * (double.IsPositiveInfinity(hi[j]) ? 10 : hi[j] - lo[j]);
                }
                var b = new double[m];
                for (var i = 0; i < m; i++)
                {
                    a[i] = new double[n];
                    for (var j = 0; j < n; j++)
                        if (random.NextDouble() < 0.5) a[i][j] = random.Next(-3, 4);
                    // b from a feasible point rounded to 1/4 so the file's numbers are exact
                    b[i] = Math.Round(a[i].Select((v, j) => v * x0[j]).Sum() * 4) / 4;
                }
                var c = Enumerable.Range(0, n).Select(_ => (double)random.Next(-4, 5)).ToArray();
                var file = Path.Combine(dir, $"p{run}.lp");
                File.WriteAllText(file, CplexLp(a, b, lo, hi, c));
                var (status, objective) = Glpk.Solve(file);
                var lp = Program(a, b, lo, hi);
                var start = lp.Start();
                if (status == "INFEASIBLE")
                {
                    Assert.Equal(LpOutcome.Infeasible, start);
                    continue;
                }
                Assert.Equal(LpOutcome.Optimal, start);
                var outcome = lp.Minimize(c, out var min);
                if (status == "UNBOUNDED")
                {
                    Assert.Equal(LpOutcome.Unbounded, outcome);
                    unbounded++;
                    continue;
                }
                Assert.Equal("OPTIMAL", status);
                Assert.Equal(LpOutcome.Optimal, outcome);
                Assert.True(Math.Abs(min - objective) <= 1e-6 * (1 + Math.Abs(objective)), $"program {run}: glpsol {objective}, simplex {min}");
                // the point is feasible
                for (var i = 0; i < m; i++)
                    Assert.Equal(b[i], a[i].Select((v, j) => v * lp.Value(j)).Sum(), 6);
                for (var j = 0; j < n; j++)
                    Assert.InRange(lp.Value(j), lo[j] - 1e-7, hi[j] + 1e-7);
                compared++;
            }
            Assert.True(compared >= 35, $"only {compared} programs had an optimum ({unbounded} unbounded)");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string CplexLp(double[][] a, double[] b, double[] lo, double[] hi, double[] c)
    {
        static string Terms(double[] coefs)
        {
            var s = new StringBuilder();
            for (var j = 0; j < coefs.Length; j++)
            {
                if (coefs[j] == 0) continue;
                s.Append(coefs[j] < 0 ? " - " : " + ").Append(Number(Math.Abs(coefs[j]))).Append(" x").Append(j);
            }
            return s.Length == 0 ? " 0 x0" : s.ToString();
        }
        var text = new StringBuilder("Minimize\n obj:").Append(Terms(c)).Append("\nSubject To\n");
        for (var i = 0; i < a.Length; i++) text.Append(" c").Append(i).Append(':').Append(Terms(a[i])).Append(" = ").Append(Number(b[i])).Append('\n');
        text.Append("Bounds\n");
        for (var j = 0; j < lo.Length; j++)
            text.Append(double.IsPositiveInfinity(hi[j])
                ? $" x{j} >= {Number(lo[j])}\n"
                : $" {Number(lo[j])} <= x{j} <= {Number(hi[j])}\n");
        return text.Append("End\n").ToString();
    }
}
