using Geo.Analysis.Disclosure;

namespace Geo.Analysis.Tests.Disclosure;

/// <summary>Planted and random linked tables for the disclosure tests, and a brute-force audit to compare with.</summary>
internal static class DisclosureTables
{
    /// <summary>A two-way table with its row totals, column totals and grand total (4 relation families).</summary>
    internal sealed record Table2D(LinkedTables Tables, int[,] Cell, int[] RowTotal, int[] ColumnTotal, int Grand, int[] RowRelation);

    public static Table2D TwoWay(int[,] values)
    {
        var t = new LinkedTables();
        int rows = values.GetLength(0), cols = values.GetLength(1);
        var cell = new int[rows, cols];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++) cell[i, j] = t.AddCell(values[i, j]);
        var rowTotal = new int[rows];
        var colTotal = new int[cols];
        var rowRelation = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            long s = 0;
            for (var j = 0; j < cols; j++) s += values[i, j];
            rowTotal[i] = t.AddCell(s);
        }
        for (var j = 0; j < cols; j++)
        {
            long s = 0;
            for (var i = 0; i < rows; i++) s += values[i, j];
            colTotal[j] = t.AddCell(s);
        }
        long g = 0;
        foreach (var v in values) g += v;
        var grand = t.AddCell(g);
        for (var i = 0; i < rows; i++)
        {
            rowRelation[i] = t.Relations.Count;
            t.AddRelation(rowTotal[i], [.. Enumerable.Range(0, cols).Select(j => cell[i, j])]);
        }
        for (var j = 0; j < cols; j++) t.AddRelation(colTotal[j], [.. Enumerable.Range(0, rows).Select(i => cell[i, j])]);
        t.AddRelation(grand, rowTotal);
        t.AddRelation(grand, colTotal);
        return new Table2D(t, cell, rowTotal, colTotal, grand, rowRelation);
    }

    public static int[,] RandomValues(Random random, int rows, int cols, int max, double zeroShare = 0.1)
    {
        var v = new int[rows, cols];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < cols; j++) v[i, j] = random.NextDouble() < zeroShare ? 0 : random.Next(1, max + 1);
        return v;
    }

    /// <summary>
    /// A three-level hierarchy: <paramref name="leaves"/>[d] leaf counts under district d, the district cells and the
    /// total (relations district = Σ its leaves, total = Σ districts). Returns the tables, the leaf cells, district cells, total.
    /// </summary>
    public static (LinkedTables Tables, int[][] Leaves, int[] Districts, int Total) Hierarchy(int[][] leaves)
    {
        var t = new LinkedTables();
        var leafCells = leaves.Select(d => d.Select(v => t.AddCell(v)).ToArray()).ToArray();
        var districts = leaves.Select(d => t.AddCell(d.Sum())).ToArray();
        var total = t.AddCell(leaves.Sum(d => d.Sum()));
        for (var d = 0; d < leaves.Length; d++) t.AddRelation(districts[d], leafCells[d]);
        t.AddRelation(total, districts);
        return (t, leafCells, districts, total);
    }

    /// <summary>
    /// A hierarchy of leaves × groups: leaf areas in districts in a total, each with a total over <paramref name="groups"/>
    /// category groups (the shape of the run's area tables). values[d][a][g].
    /// </summary>
    public static LinkedTables AreaGroups(int[][][] values)
    {
        var t = new LinkedTables();
        var groups = values[0][0].Length;
        var districtCells = new List<int[]>();
        var leafCellsByDistrict = new List<List<int[]>>();
        foreach (var district in values)
        {
            var leafCells = new List<int[]>();
            foreach (var leaf in district)
            {
                var cells = leaf.Select(v => t.AddCell(v)).ToArray();
                var total = t.AddCell(leaf.Sum());
                t.AddRelation(total, cells);
                leafCells.Add([.. cells, total]);
            }
            leafCellsByDistrict.Add(leafCells);
            var dcells = new int[groups + 1];
            for (var g = 0; g <= groups; g++)
            {
                long s = leafCells.Sum(l => t.Value(l[g]));
                dcells[g] = t.AddCell(s);
                t.AddRelation(dcells[g], [.. leafCells.Select(l => l[g])]);
            }
            t.AddRelation(dcells[groups], dcells[..groups]);
            districtCells.Add(dcells);
        }
        var top = new int[groups + 1];
        for (var g = 0; g <= groups; g++)
        {
            top[g] = t.AddCell(districtCells.Sum(d => t.Value(d[g])));
            t.AddRelation(top[g], [.. districtCells.Select(d => d[g])]);
        }
        t.AddRelation(top[groups], top[..groups]);
        return t;
    }

    public static int[][][] RandomAreaGroups(Random random, int districts, int leavesPerDistrict, int groups, int max, double zeroShare)
    {
        return [.. Enumerable.Range(0, districts).Select(_ =>
            Enumerable.Range(0, random.Next(1, leavesPerDistrict + 1)).Select(_ =>
                Enumerable.Range(0, groups).Select(_ => random.NextDouble() < zeroShare ? 0 : random.Next(1, max + 1)).ToArray()).ToArray())];
    }

    /// <summary>The primary pattern (small cells only) with some cells ≥ k also hidden, at random.</summary>
    public static SuppressionPattern RandomPattern(Random random, LinkedTables t, int k, double secondaryShare)
    {
        var status = new CellStatus[t.Count];
        for (var c = 0; c < t.Count; c++)
        {
            var v = t.Value(c);
            status[c] = v > 0 && v < k ? CellStatus.Small
                : v >= k && random.NextDouble() < secondaryShare ? CellStatus.Secondary : CellStatus.Published;
        }
        return new SuppressionPattern(k, status);
    }

    /// <summary>
    /// Brute force: every integer assignment of the hidden cells within their marks' bounds (secondary ones capped at
    /// <paramref name="cap"/>) satisfying every relation; the smallest and largest value each hidden cell takes.
    /// Independent of the audit's code: it reads the relations directly.
    /// </summary>
    public static Dictionary<int, (long Min, long Max)> BruteForce(LinkedTables t, SuppressionPattern p, long cap)
    {
        var hidden = Enumerable.Range(0, t.Count).Where(p.IsHidden).ToArray();
        var index = hidden.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var lo = hidden.Select(c => p[c] == CellStatus.Small ? 1L : p.Threshold).ToArray();
        var hi = hidden.Select(c => p[c] == CellStatus.Small ? p.Threshold - 1L : cap).ToArray();
        // Relations as (coefficient, hidden index) terms and a right-hand side.
        var relations = new List<(List<(int A, int V)> Terms, long Rhs)>();
        foreach (var r in t.Relations)
        {
            var terms = new List<(int, int)>();
            long rhs = 0;
            void Add(int cell, int a)
            {
                if (index.TryGetValue(cell, out var v)) terms.Add((a, v));
                else rhs -= a * t.Value(cell);
            }
            Add(r.Total, -1);
            foreach (var part in r.Parts) Add(part, 1);
            if (terms.Count > 0) relations.Add((terms, rhs));
        }
        var of = hidden.Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < relations.Count; r++)
            foreach (var (_, v) in relations[r].Terms) of[v].Add(r);
        var x = new long[hidden.Length];
        var assigned = new bool[hidden.Length];
        var min = hidden.Select(_ => long.MaxValue).ToArray();
        var max = hidden.Select(_ => long.MinValue).ToArray();
        bool Possible(int r)
        {
            long low = 0, high = 0;
            foreach (var (a, v) in relations[r].Terms)
            {
                if (assigned[v]) { low += a * x[v]; high += a * x[v]; }
                else if (a > 0) { low += a * lo[v]; high += a * hi[v]; }
                else { low += a * hi[v]; high += a * lo[v]; }
            }
            return low <= relations[r].Rhs && relations[r].Rhs <= high;
        }
        void Search(int v)
        {
            if (v == hidden.Length)
            {
                for (var i = 0; i < hidden.Length; i++) { min[i] = Math.Min(min[i], x[i]); max[i] = Math.Max(max[i], x[i]); }
                return;
            }
            assigned[v] = true;
            for (var value = lo[v]; value <= hi[v]; value++)
            {
                x[v] = value;
                if (of[v].All(Possible)) Search(v + 1);
            }
            assigned[v] = false;
        }
        Search(0);
        return hidden.Select((c, i) => (c, i)).ToDictionary(e => e.c, e => (min[e.i], max[e.i]));
    }
}
