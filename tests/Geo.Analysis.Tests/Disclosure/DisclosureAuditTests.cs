using Geo.Analysis.Disclosure;

namespace Geo.Analysis.Tests.Disclosure;

public sealed class DisclosureAuditTests
{
    private static SuppressionPattern Pattern(LinkedTables t, int k, params int[] secondary)
    {
        var status = new CellStatus[t.Count];
        for (var c = 0; c < t.Count; c++)
            status[c] = t.Value(c) is > 0 and var v && v < k ? CellStatus.Small : CellStatus.Published;
        foreach (var c in secondary) status[c] = CellStatus.Secondary;
        return new SuppressionPattern(k, status);
    }

    private static readonly int[,] Classic = { { 2, 8, 9 }, { 7, 6, 12 }, { 10, 11, 5 } };

    [Fact]
    public void A_small_cell_alone_in_its_row_is_determined()
    {
        var table = DisclosureTables.TwoWay(Classic);
        var ranges = DisclosureAudit.Ranges(table.Tables, Pattern(table.Tables, 5));
        var r = Assert.Single(ranges);
        Assert.Equal(table.Cell[0, 0], r.Cell);
        Assert.Equal((2.0, 2.0), (r.Min, r.Max));
        Assert.True(r.Determined);
    }

    [Fact]
    public void A_rectangle_of_complements_gives_the_ranges_computed_by_hand()
    {
        // x00 + x01 = 10, x00 + x10 = 9, x10 + x11 = 13, x01 + x11 = 14; x00 ∈ [1, 4], the others ≥ 5:
        // x00 ∈ [1, 4], x01 = 10 − x00 ∈ [6, 9], x10 = 9 − x00 ∈ [5, 8], x11 = 4 + x00 ∈ [5, 8].
        var table = DisclosureTables.TwoWay(Classic);
        var c = table.Cell;
        var ranges = DisclosureAudit.Ranges(table.Tables, Pattern(table.Tables, 5, c[0, 1], c[1, 0], c[1, 1])).ToDictionary(r => r.Cell);
        Assert.Equal(4, ranges.Count);
        Assert.Equal((1.0, 4.0), (ranges[c[0, 0]].Min, ranges[c[0, 0]].Max));
        Assert.Equal((6.0, 9.0), (ranges[c[0, 1]].Min, ranges[c[0, 1]].Max));
        Assert.Equal((5.0, 8.0), (ranges[c[1, 0]].Min, ranges[c[1, 0]].Max));
        Assert.Equal((5.0, 8.0), (ranges[c[1, 1]].Min, ranges[c[1, 1]].Max));
        Assert.DoesNotContain(ranges.Values, r => r.Determined);
    }

    [Fact]
    public void Two_small_cells_summing_to_two_are_both_determined()
    {
        var t = new LinkedTables();
        var a = t.AddCell(1);
        var b = t.AddCell(1);
        var c = t.AddCell(9);
        var total = t.AddCell(11);
        t.AddRelation(total, [a, b, c]);
        var ranges = DisclosureAudit.Ranges(t, Pattern(t, 5));
        Assert.Equal(2, ranges.Count);
        Assert.All(ranges, r => Assert.Equal((1.0, 1.0), (r.Min, r.Max)));
        Assert.All(ranges, r => Assert.True(r.Determined));
    }

    [Fact]
    public void A_hidden_total_without_a_shown_parent_is_unbounded_above()
    {
        var (t, leaves, districts, total) = DisclosureTables.Hierarchy([[2, 6], [7, 8]]);
        var p = Pattern(t, 5, leaves[0][1], districts[0], districts[1], total);
        var ranges = DisclosureAudit.Ranges(t, p).ToDictionary(r => r.Cell);
        Assert.Equal(double.PositiveInfinity, ranges[total].Max);
        Assert.Equal(1, ranges[leaves[0][0]].Min);
        Assert.Equal(4, ranges[leaves[0][0]].Max);
        Assert.False(ranges[leaves[0][0]].Determined);
        // district 1 = 15 exactly (its leaves are shown), the total ≥ 15 + 6 = 21
        Assert.Equal((15.0, 15.0), (ranges[districts[1]].Min, ranges[districts[1]].Max));
        Assert.Equal(21, ranges[total].Min);
    }

    [Fact]
    public void Rejects_a_pattern_whose_marks_are_false()
    {
        var table = DisclosureTables.TwoWay(Classic);
        var p = Pattern(table.Tables, 5, table.Cell[0, 1], table.Cell[2, 2]); // [2, 2] = 5 is fine
        Assert.Equal(3, DisclosureAudit.Ranges(table.Tables, p).Count);
        var status = Enumerable.Range(0, table.Tables.Count).Select(i => p[i]).ToArray();
        status[table.Cell[0, 0]] = CellStatus.Secondary; // 2 < k: ".." would claim ≥ 5
        var e = Assert.Throws<ArgumentException>(() => DisclosureAudit.Ranges(table.Tables, new SuppressionPattern(5, status)));
        Assert.Contains("secondary", e.Message);
    }

    /// <summary>
    /// Two-way tables with margins are totally unimodular (every variable is +1 in one constraint and −1 in another after
    /// signing), so the linear relaxation's range is the integer range: the audit equals brute force exactly.
    /// </summary>
    [Fact]
    public void Equals_brute_force_on_small_two_way_tables()
    {
        var random = new Random(14);
        var checkedCells = 0;
        var openAbove = 0;
        for (var run = 0; run < 60; run++)
        {
            var k = random.Next(3, 6);
            var table = DisclosureTables.TwoWay(DisclosureTables.RandomValues(random, random.Next(2, 4), random.Next(2, 4), 9, 0.15));
            var p = DisclosureTables.RandomPattern(random, table.Tables, k, 0.35);
            if (Enumerable.Range(0, p.Count).Count(p.IsHidden) > 8) continue;
            var cap = 3 * table.Tables.Value(table.Grand) + 3L * k;
            var brute = DisclosureTables.BruteForce(table.Tables, p, cap);
            foreach (var r in DisclosureAudit.Ranges(table.Tables, p))
            {
                var (min, max) = brute[r.Cell];
                Assert.Equal(min, r.Min);
                if (max >= cap) { Assert.Equal(double.PositiveInfinity, r.Max); openAbove++; }
                else Assert.Equal(max, r.Max);
                checkedCells++;
            }
        }
        Assert.True(checkedCells > 100, $"{checkedCells} cells checked ({openAbove} open above)");
    }

    /// <summary>On linked tables that are not two-way (areas × groups nested in districts) the relaxation's range contains the integer one.</summary>
    [Fact]
    public void Contains_the_brute_force_range_on_nested_area_tables()
    {
        var random = new Random(41);
        var checkedCells = 0;
        var equal = 0;
        for (var run = 0; run < 60; run++)
        {
            var t = DisclosureTables.AreaGroups(DisclosureTables.RandomAreaGroups(random, 2, 2, 2, 7, 0.2));
            var k = 4;
            var p = DisclosureTables.RandomPattern(random, t, k, 0.15);
            if (Enumerable.Range(0, p.Count).Count(p.IsHidden) > 7) continue;
            long all = 0;
            for (var c = 0; c < t.Count; c++) all = Math.Max(all, t.Value(c));
            var cap = 2 * all + 2L * k;
            var brute = DisclosureTables.BruteForce(t, p, cap);
            foreach (var r in DisclosureAudit.Ranges(t, p))
            {
                var (min, max) = brute[r.Cell];
                Assert.True(r.Min <= min + 1e-9, $"cell {r.Cell}: LP min {r.Min} above the integer min {min}");
                Assert.True(max >= cap ? double.IsPositiveInfinity(r.Max) : r.Max >= max - 1e-9, $"cell {r.Cell}: LP max {r.Max}, integer max {max}");
                if (r.Min == min && (r.Max == max || (max >= cap && double.IsPositiveInfinity(r.Max)))) equal++;
                checkedCells++;
            }
        }
        Assert.True(checkedCells > 100, $"{checkedCells} cells checked");
        Assert.True(equal > 0);
    }

    /// <summary>
    /// Interval propagation is exact on Berge-acyclic components (hierarchies): it gives the same ranges as the linear
    /// program run on every component.
    /// </summary>
    [Fact]
    public void Propagation_equals_the_linear_program_on_hierarchies()
    {
        var random = new Random(7);
        var compared = 0;
        for (var run = 0; run < 40; run++)
        {
            var leaves = Enumerable.Range(0, random.Next(2, 6))
                .Select(_ => Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.NextDouble() < 0.15 ? 0 : random.Next(1, 15)).ToArray()).ToArray();
            var (t, _, _, _) = DisclosureTables.Hierarchy(leaves);
            var p = DisclosureTables.RandomPattern(random, t, 5, 0.3);
            var fast = DisclosureAudit.Ranges(t, p);
            var exact = DisclosureAudit.Ranges(t, p, propagationOnTrees: false, CancellationToken.None);
            Assert.Equal(exact.Count, fast.Count);
            for (var i = 0; i < fast.Count; i++)
            {
                Assert.Equal(exact[i].Cell, fast[i].Cell);
                Assert.Equal(exact[i].Min, fast[i].Min, 7);
                Assert.Equal(exact[i].Max, fast[i].Max, 7);
                compared++;
            }
        }
        Assert.True(compared > 200, $"{compared} ranges compared");
    }

    /// <summary>
    /// On nested area × group tables protected by <see cref="SecondarySuppression.Protect"/> (components with cycles, so
    /// every range comes from the warm-started linear program) each hidden cell's minimum and maximum equal glpsol's.
    /// </summary>
    [Fact]
    public void Equals_glpsol_on_nested_area_tables()
    {
        if (!Glpk.Available()) return; // locally without glpsol (fails on CI)
        var random = new Random(2026);
        var dir = Path.Combine(Path.GetTempPath(), "geo-glpk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var compared = 0;
            for (var run = 0; run < 2; run++)
            {
                var t = DisclosureTables.AreaGroups(DisclosureTables.RandomAreaGroups(random, 3, 4, 5, 12, 0.15));
                var p = SecondarySuppression.Protect(t, 4);
                var ranges = DisclosureAudit.Ranges(t, p);
                Assert.True(ranges.Count >= 10, $"{ranges.Count} hidden cells");
                foreach (var r in ranges.Where((_, i) => i % 2 == run % 2))
                {
                    foreach (var maximize in new[] { false, true })
                    {
                        var file = Path.Combine(dir, $"a{run}-{r.Cell}-{maximize}.lp");
                        File.WriteAllText(file, AuditProgram(t, p, r.Cell, maximize));
                        var (status, objective) = Glpk.Solve(file);
                        var audit = maximize ? r.Max : r.Min;
                        if (status == "UNBOUNDED") Assert.Equal(double.PositiveInfinity, audit);
                        else
                        {
                            Assert.Equal("OPTIMAL", status);
                            Assert.True(Math.Abs(audit - objective) <= 1e-6, $"cell {r.Cell} {(maximize ? "max" : "min")}: audit {audit}, glpsol {objective}");
                        }
                        compared++;
                    }
                }
            }
            Assert.True(compared >= 20, $"{compared} bounds compared");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>The receiver's linear program for one hidden cell's bound, written from the tables directly in CPLEX LP format.</summary>
    private static string AuditProgram(LinkedTables t, SuppressionPattern p, int cell, bool maximize)
    {
        var text = new System.Text.StringBuilder(maximize ? "Maximize\n" : "Minimize\n").Append($" obj: x{cell}\nSubject To\n");
        var row = 0;
        foreach (var relation in t.Relations)
        {
            var terms = new System.Text.StringBuilder();
            long rhs = 0;
            foreach (var (c, a) in relation.Parts.Select(c => (c, 1)).Append((relation.Total, -1)))
            {
                if (!p.IsHidden(c)) { rhs -= a * t.Value(c); continue; }
                terms.Append(a > 0 ? " + x" : " - x").Append(c);
            }
            if (terms.Length > 0) text.Append($" r{row++}:").Append(terms).Append(" = ").Append(rhs).Append('\n');
        }
        text.Append("Bounds\n");
        for (var c = 0; c < t.Count; c++)
        {
            if (p[c] == CellStatus.Small) text.Append($" 1 <= x{c} <= {p.Threshold - 1}\n");
            else if (p[c] == CellStatus.Secondary) text.Append($" x{c} >= {p.Threshold}\n");
        }
        return text.Append("End\n").ToString();
    }

    /// <summary>A 200,000-cell hierarchy (grid cells → hotspots → grid total) is audited by propagation alone.</summary>
    [Fact]
    public void Audits_a_large_hierarchy()
    {
        var random = new Random(3);
        var t = new LinkedTables();
        var hotspots = new List<int>();
        var cellsOf = new List<int[]>();
        for (var h = 0; h < 2000; h++)
        {
            var cells = Enumerable.Range(0, 100).Select(_ => t.AddCell(random.NextDouble() < 0.5 ? 0 : random.Next(1, 12))).ToArray();
            var hotspot = t.AddCell(cells.Sum(c => t.Value(c)));
            t.AddRelation(hotspot, cells);
            hotspots.Add(hotspot);
            cellsOf.Add(cells);
        }
        var total = t.AddCell(hotspots.Sum(t.Value));
        t.AddRelation(total, hotspots);
        var p = Pattern(t, 5);
        var ranges = DisclosureAudit.Ranges(t, p);
        Assert.True(ranges.Count > 30_000, $"{ranges.Count} hidden cells");
        // Hotspot 0: its small cells share hotspot 0's shown count with its shown cells: each small lies in
        // [max(1, R − (s − 1)(k − 1)), min(k − 1, R − (s − 1))], R the small cells' sum, s their number.
        var small = cellsOf[0].Where(c => p[c] == CellStatus.Small).ToArray();
        var sum = small.Sum(c => t.Value(c));
        var byCell = ranges.ToDictionary(r => r.Cell);
        foreach (var c in small)
        {
            Assert.Equal(Math.Max(1, sum - (small.Length - 1) * 4.0), byCell[c].Min);
            Assert.Equal(Math.Min(4, sum - (small.Length - 1.0)), byCell[c].Max);
        }
    }
}
