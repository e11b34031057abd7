using Geo.Analysis.Disclosure;

namespace Geo.Analysis.Tests.Disclosure;

public sealed class SecondarySuppressionTests
{
    private static int[] SecondaryCells(SuppressionPattern p) =>
        [.. Enumerable.Range(0, p.Count).Where(c => p[c] == CellStatus.Secondary)];

    private static readonly int[,] Classic = { { 2, 8, 9 }, { 7, 6, 12 }, { 10, 11, 5 } };

    [Fact]
    public void A_lone_small_cell_of_a_two_way_table_gets_the_cheapest_rectangle()
    {
        var table = DisclosureTables.TwoWay(Classic);
        var p = SecondarySuppression.Protect(table.Tables, 5);
        var c = table.Cell;
        Assert.Equal(1, p.Small);
        Assert.Equal(CellStatus.Small, p[c[0, 0]]);
        // The rectangles through (0, 0) cost 8 + 7 + 6 = 21, 8 + 10 + 11 = 29, 9 + 7 + 12 = 28, 9 + 10 + 5 = 24.
        Assert.Equal([c[0, 1], c[1, 0], c[1, 1]], SecondaryCells(p));
        Assert.Equal(21, p.SecondaryValue);
        Assert.Equal(3, p.Complements);
        Assert.DoesNotContain(DisclosureAudit.Ranges(table.Tables, p), r => r.Determined);
    }

    [Fact]
    public void Two_small_cells_summing_to_two_get_a_complement()
    {
        var t = new LinkedTables();
        var a = t.AddCell(1);
        var b = t.AddCell(1);
        var c = t.AddCell(9);
        var d = t.AddCell(0);
        var total = t.AddCell(11);
        t.AddRelation(total, [a, b, c, d]);
        var p = SecondarySuppression.Protect(t, 5);
        Assert.Equal([c], SecondaryCells(p));
        Assert.Equal(CellStatus.Published, p[d]); // zero is never hidden
        var ranges = DisclosureAudit.Ranges(t, p).ToDictionary(r => r.Cell);
        Assert.Equal((1.0, 4.0), (ranges[a].Min, ranges[a].Max));
        Assert.Equal((1.0, 4.0), (ranges[b].Min, ranges[b].Max));
    }

    [Fact]
    public void A_lone_small_area_gets_a_sibling_in_its_district()
    {
        var (t, leaves, districts, total) = DisclosureTables.Hierarchy([[2, 9, 8], [6, 7], [8, 9, 12]]);
        var p = SecondarySuppression.Protect(t, 5);
        Assert.Equal([leaves[0][2]], SecondaryCells(p)); // the smaller sibling (8 < 9)
        Assert.Equal(CellStatus.Published, p[districts[0]]);
        Assert.Equal(CellStatus.Published, p[total]);
        Assert.DoesNotContain(DisclosureAudit.Ranges(t, p), r => r.Determined);
    }

    [Fact]
    public void A_small_area_whose_sibling_pins_it_takes_the_district_level_too()
    {
        // District 0 = 1 + 5 = 6: with its sibling hidden (≥ 5) the small area is still 1 (6 − 5); the district must go,
        // then a second district (the total is shown), then an area of that district (its areas are shown).
        var (t, leaves, districts, total) = DisclosureTables.Hierarchy([[1, 5], [6, 7], [8, 9, 12]]);
        var p = SecondarySuppression.Protect(t, 5);
        Assert.Equal(new[] { leaves[0][1], leaves[1][0], districts[0], districts[1] }.Order(), SecondaryCells(p));
        Assert.Equal(CellStatus.Published, p[total]);
        var ranges = DisclosureAudit.Ranges(t, p).ToDictionary(r => r.Cell);
        Assert.Equal((1.0, 2.0), (ranges[leaves[0][0]].Min, ranges[leaves[0][0]].Max));
        Assert.DoesNotContain(ranges.Values, r => r.Determined);
    }

    /// <summary>
    /// Two blocks of small counts joined by one small count (a bridge): every row and column holds at least two hidden
    /// cells and none is pinned by its bounds, so a rule that looks at one relation at a time sees nothing; yet the bridge
    /// equals (rows 0 and 1's hidden sums) − (columns 0 and 1's hidden sums). The audit finds it and Protect fixes it.
    /// </summary>
    [Fact]
    public void A_disclosure_by_a_combination_of_relations_is_found_and_fixed()
    {
        int[,] values =
        {
            { 2, 3, 2, 20, 21 },
            { 3, 2, 22, 23, 24 },
            { 25, 26, 2, 3, 27 },
            { 28, 29, 3, 2, 30 },
        };
        var table = DisclosureTables.TwoWay(values);
        var t = table.Tables;
        var primary = new SuppressionPattern(5, [.. Enumerable.Range(0, t.Count).Select(c => t.Value(c) is > 0 and < 5 ? CellStatus.Small : CellStatus.Published)]);
        foreach (var r in t.Relations)
        {
            var hidden = r.Parts.Append(r.Total).Count(primary.IsHidden);
            Assert.True(hidden is 0 or >= 2, "the planted table must pass a one-relation check");
        }
        var determined = DisclosureAudit.Determined(t, primary);
        Assert.Equal([table.Cell[0, 2]], determined);
        var range = DisclosureAudit.Ranges(t, primary).Single(r => r.Cell == table.Cell[0, 2]);
        Assert.Equal((2.0, 2.0), (range.Min, range.Max));

        var p = SecondarySuppression.Protect(t, 5);
        Assert.Equal(9, p.Small);
        Assert.True(p.Secondary >= 1);
        Assert.DoesNotContain(DisclosureAudit.Determined(t, p), c => p[c] == CellStatus.Small);
        Assert.Equal([table.Cell[0, 3]], SecondaryCells(p)); // the smallest count ≥ 5 beside the bridge (20 in row 0), closing a cycle
    }

    [Fact]
    public void A_forced_cell_is_hidden_and_protected_and_a_forced_zero_is_shown()
    {
        int[,] values = { { 12, 8, 9 }, { 7, 6, 0 }, { 10, 11, 5 } };
        var table = DisclosureTables.TwoWay(values);
        var t = table.Tables;
        t.Force(table.Cell[0, 0]);
        t.Force(table.Cell[1, 2]);
        var p = SecondarySuppression.Protect(t, 5);
        Assert.Equal(CellStatus.Secondary, p[table.Cell[0, 0]]);
        Assert.Equal(CellStatus.Published, p[table.Cell[1, 2]]);
        Assert.Equal(0, p.Small);
        var range = DisclosureAudit.Ranges(t, p).Single(r => r.Cell == table.Cell[0, 0]);
        Assert.False(range.Determined);
        Assert.Equal(3, p.Complements);
    }

    [Fact]
    public void Without_complements_the_checks_find_disclosures()
    {
        // The property checks below must be able to fail: primary suppression alone discloses.
        var random = new Random(5);
        var failing = 0;
        for (var run = 0; run < 20; run++)
        {
            var (t, k) = RandomCase(random, run);
            var p = SecondarySuppression.Protect(t, k, complements: false, CancellationToken.None);
            if (Violations(t, p, bruteForce: false).Count > 0) failing++;
        }
        Assert.True(failing >= 15, $"only {failing} of 20 unprotected tables were caught");
    }

    [Theory]
    [InlineData(1, 3, 3)]
    [InlineData(2, 4, 5)]
    [InlineData(3, 6, 8)]
    [InlineData(4, 10, 15)]
    public void Protects_random_two_way_tables(int seed, int rows, int cols)
    {
        var random = new Random(seed);
        long loss = 0, naive = 0;
        for (var run = 0; run < 12; run++)
        {
            var k = random.Next(3, 6);
            var table = DisclosureTables.TwoWay(DisclosureTables.RandomValues(random, rows, cols, 3 * k, 0.15));
            var t = table.Tables;
            if (run % 3 == 0) t.Force(table.Cell[random.Next(rows), random.Next(cols)]);
            var p = SecondarySuppression.Protect(t, k);
            Assert.Empty(Violations(t, p, bruteForce: rows * cols <= 9));
            Assert.Equal(Statuses(p), Statuses(SecondarySuppression.Protect(t, k)));
            loss += p.SecondaryValue;
            naive += NaiveLoss(t, p, Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, cols).Select(j => table.Cell[i, j]).ToArray()));
        }
        if (cols >= 5) Assert.True(loss < naive, $"secondary suppression hid {loss}, hiding every small cell's row {naive}");
    }

    [Theory]
    [InlineData(11, 2, 3, 3)]
    [InlineData(12, 3, 4, 5)]
    [InlineData(13, 4, 6, 15)]
    public void Protects_random_nested_area_tables(int seed, int districts, int leaves, int groups)
    {
        var random = new Random(seed);
        for (var run = 0; run < 8; run++)
        {
            var k = random.Next(3, 6);
            var t = DisclosureTables.AreaGroups(DisclosureTables.RandomAreaGroups(random, districts, leaves, groups, 4 * k, 0.2));
            if (run % 2 == 0) t.Force(random.Next(t.Count));
            var p = SecondarySuppression.Protect(t, k);
            Assert.Empty(Violations(t, p, bruteForce: false));
            Assert.Equal(Statuses(p), Statuses(SecondarySuppression.Protect(t, k)));
        }
    }

    [Fact]
    public void Protects_tiny_nested_tables_checked_by_brute_force()
    {
        var random = new Random(99);
        var checkedTables = 0;
        for (var run = 0; run < 80; run++)
        {
            var t = DisclosureTables.AreaGroups(DisclosureTables.RandomAreaGroups(random, 2, 2, 2, 6, 0.2));
            var p = SecondarySuppression.Protect(t, 4);
            if (Enumerable.Range(0, t.Count).Count(p.IsHidden) > 8) continue;
            Assert.Empty(Violations(t, p, bruteForce: true));
            checkedTables++;
        }
        Assert.True(checkedTables >= 20, $"{checkedTables} tables brute-forced");
    }

    private static (LinkedTables Tables, int K) RandomCase(Random random, int run)
    {
        var k = random.Next(3, 6);
        return run % 2 == 0
            ? (DisclosureTables.TwoWay(DisclosureTables.RandomValues(random, 4, 5, 3 * k, 0.15)).Tables, k)
            : (DisclosureTables.AreaGroups(DisclosureTables.RandomAreaGroups(random, 3, 3, 4, 4 * k, 0.2)), k);
    }

    private static CellStatus[] Statuses(SuppressionPattern p) => [.. Enumerable.Range(0, p.Count).Select(c => p[c])];

    /// <summary>Everything wrong with a protected pattern: marks, zeros, determined small or forced cells (audit, and brute force when asked).</summary>
    private static List<string> Violations(LinkedTables t, SuppressionPattern p, bool bruteForce)
    {
        var k = p.Threshold;
        var problems = new List<string>();
        for (var c = 0; c < t.Count; c++)
        {
            var v = t.Value(c);
            if (v is > 0 && v < k && p[c] != CellStatus.Small) problems.Add($"cell {c} = {v} is not marked small");
            if (p[c] == CellStatus.Small && (v < 1 || v >= k)) problems.Add($"cell {c} = {v} is marked small");
            if (p[c] == CellStatus.Secondary && v < k) problems.Add($"secondary cell {c} = {v} is below k");
            if (v == 0 && p.IsHidden(c)) problems.Add($"zero cell {c} is hidden");
            if (t.IsForced(c) && v > 0 && !p.IsHidden(c)) problems.Add($"forced cell {c} is shown");
        }
        // A cell may be left determined only when nothing can protect it: still determined with every count ≥ k hidden.
        if (p.Unprotectable.Count > 0)
        {
            var widest = new SuppressionPattern(k, [.. Enumerable.Range(0, t.Count).Select(c => p[c] == CellStatus.Small ? CellStatus.Small : t.Value(c) >= k ? CellStatus.Secondary : CellStatus.Published)]);
            var determined = DisclosureAudit.Determined(t, widest).ToHashSet();
            foreach (var c in p.Unprotectable)
                if (!determined.Contains(c)) problems.Add($"cell {c} is reported unprotectable but hiding every count ≥ k would protect it");
        }
        bool Protected(int c) => (p[c] == CellStatus.Small || (t.IsForced(c) && p.IsHidden(c))) && !p.Unprotectable.Contains(c);
        foreach (var r in DisclosureAudit.Ranges(t, p))
            if (Protected(r.Cell) && r.Determined) problems.Add($"cell {r.Cell} = {t.Value(r.Cell)} is determined: [{r.Min}, {r.Max}]");
        if (bruteForce)
        {
            long cap = 0;
            for (var c = 0; c < t.Count; c++) cap = Math.Max(cap, t.Value(c));
            foreach (var (cell, (min, max)) in DisclosureTables.BruteForce(t, p, cap))
                if (Protected(cell) && min == max) problems.Add($"cell {cell} has a single integer solution {min}");
        }
        return problems;
    }

    [Fact]
    public void Small_cells_pinned_by_their_own_bounds_are_reported_unprotectable()
    {
        // total 2 = 1 + 1 at k = 3: all three shown "<3", yet the parts must be 1 and the total 2.
        var t = new LinkedTables();
        var a = t.AddCell(1);
        var b = t.AddCell(1);
        var total = t.AddCell(2);
        var other = t.AddCell(7);
        var grand = t.AddCell(9);
        t.AddRelation(total, [a, b]);
        t.AddRelation(grand, [total, other]);
        var p = SecondarySuppression.Protect(t, 3);
        Assert.Equal([a, b, total], p.Unprotectable);
        Assert.Equal(0, p.Secondary); // hiding the 7 would protect nothing
        Assert.All(DisclosureAudit.Ranges(t, p).Where(r => r.Cell != other && r.Cell != grand), r => Assert.True(r.Determined));
    }

    /// <summary>The naive rule's loss: every shown count ≥ k in the row of a small cell.</summary>
    private static long NaiveLoss(LinkedTables t, SuppressionPattern p, IEnumerable<int[]> rows) =>
        rows.Where(row => row.Any(c => p[c] == CellStatus.Small)).SelectMany(row => row).Where(c => p[c] != CellStatus.Small && t.Value(c) >= p.Threshold).Sum(t.Value);
}
