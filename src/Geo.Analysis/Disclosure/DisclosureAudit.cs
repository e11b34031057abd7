namespace Geo.Analysis.Disclosure;

/// <summary>
/// What a receiver can compute about the hidden cells of a <see cref="SuppressionPattern"/>. The receiver knows every
/// shown count, every relation of the <see cref="LinkedTables"/> (the table structure: groups sum to the total, areas
/// nest, hotspots are sums of cells), that a small cell ("&lt;k") lies in [1, k − 1], that a secondary cell ("..") lies in
/// [k, +∞) (complements are only chosen among counts ≥ k and a forced cell below k stays small, so the bound is true),
/// and that zero is never hidden. The range of a hidden cell is its minimum and maximum over the linear relaxation of
/// that knowledge, computed exactly (docs/disclosure.md):
/// <list type="bullet">
/// <item>per connected component of hidden cells (cells joined by relations; a relation's shown cells go to its
/// right-hand side);</item>
/// <item>interval propagation first: exact by itself when the component is Berge-acyclic (the bipartite graph of hidden
/// cells and relations is a tree, as in a hierarchy grid cells → hotspots → total or DeSO → district → study area for
/// one group), so such components, however large, need no linear program;</item>
/// <item>otherwise a linear program per component (<see cref="BoundedSimplex"/>: phase 1 once, then a warm-started
/// minimisation and maximisation per hidden cell, skipped when a feasible point already reached the propagated bound).</item>
/// </list>
/// </summary>
public static class DisclosureAudit
{
    /// <summary>
    /// The largest linear program (hidden cells × relations of one non-hierarchical component) the audit solves, 8 bytes
    /// an entry; beyond it the audit refuses (an inexact answer could pass a disclosure) with an error that says so.
    /// </summary>
    public const long MaxTableauEntries = 25_000_000;

    /// <summary>The range of every hidden cell, in cell order.</summary>
    public static IReadOnlyList<CellRange> Ranges(LinkedTables tables, SuppressionPattern pattern, CancellationToken ct = default) =>
        Ranges(tables, pattern, true, ct);

    /// <summary>As <see cref="Ranges(LinkedTables, SuppressionPattern, CancellationToken)"/>; without <paramref name="propagationOnTrees"/> every component goes through the linear program (tests compare the two).</summary>
    internal static IReadOnlyList<CellRange> Ranges(LinkedTables tables, SuppressionPattern pattern, bool propagationOnTrees, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Count != tables.Count)
            throw new ArgumentException($"the pattern has {pattern.Count} cells, the tables {tables.Count}.", nameof(pattern));
        var system = HiddenSystem.Build(tables, pattern.Statuses, pattern.Threshold);
        var min = new double[system.Variables];
        var max = new double[system.Variables];
        var work = new Workspace(system.Variables) { PropagationOnTrees = propagationOnTrees };
        foreach (var component in system.Components)
            Solve(system, component, null, false, min, max, work, ct);
        var ranges = new CellRange[system.Variables];
        for (var v = 0; v < system.Variables; v++) ranges[v] = new CellRange(system.Cell(v), min[v], max[v]);
        return ranges;
    }

    /// <summary>The hidden cells the receiver can determine (fewer than two whole numbers in their range).</summary>
    public static IReadOnlyList<int> Determined(LinkedTables tables, SuppressionPattern pattern, CancellationToken ct = default) =>
        [.. Ranges(tables, pattern, ct).Where(r => r.Determined).Select(r => r.Cell)];

    /// <summary>Scratch arrays shared by the components of one system.</summary>
    internal sealed class Workspace(int variables)
    {
        public double[] PropagatedLower { get; } = new double[variables];
        public double[] PropagatedUpper { get; } = new double[variables];
        public double[] SeenMin { get; } = new double[variables];
        public double[] SeenMax { get; } = new double[variables];
        public bool PropagationOnTrees { get; init; } = true;
        public long LinearPrograms { get; set; }
        public long Optimisations { get; set; }
    }

    /// <summary>
    /// The ranges of one component's variables (those <paramref name="interest"/> accepts, all when null) into
    /// <paramref name="min"/> and <paramref name="max"/>. With <paramref name="stopEarly"/>, a variable whose range is
    /// already known to hold two whole numbers gets that (inner) witness range instead of its exact one: enough to decide
    /// <see cref="CellRange.Determined"/>.
    /// </summary>
    internal static void Solve(HiddenSystem system, HiddenSystem.Component component, Func<int, bool>? interest, bool stopEarly,
        double[] min, double[] max, Workspace work, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var plo = work.PropagatedLower;
        var phi = work.PropagatedUpper;
        var converged = system.Propagate(component, plo, phi);
        if (converged && work.PropagationOnTrees && component.IsTree(system))
        {
            foreach (var v in component.Vars) { min[v] = plo[v]; max[v] = phi[v]; }
            return;
        }
        var wanted = component.Vars.Where(v => interest is null || interest(v)).ToList();
        if (wanted.Count == 0) return;
        // Variables already pinned by propagation to an interval with fewer than two whole numbers need no program.
        if (stopEarly)
        {
            var open = false;
            foreach (var v in wanted)
            {
                min[v] = plo[v];
                max[v] = phi[v];
                if (!new CellRange(0, plo[v], phi[v]).Determined) open = true;
            }
            if (!open) return;
        }
        if ((long)component.Vars.Count * component.Rows.Count > MaxTableauEntries)
            throw new InvalidOperationException(
                $"a linked group of {component.Vars.Count} hidden cells and {component.Rows.Count} relations that is not a hierarchy is too large for the exact audit " +
                $"(more than {MaxTableauEntries:N0} tableau entries): split the release into smaller linked tables.");
        var local = new Dictionary<int, int>(component.Vars.Count);
        for (var i = 0; i < component.Vars.Count; i++) local[component.Vars[i]] = i;
        var lp = new BoundedSimplex(component.Rows.Count, component.Vars.Count);
        for (var i = 0; i < component.Vars.Count; i++)
        {
            var v = component.Vars[i];
            lp.SetBounds(i, system.Lower(v), system.Upper(v));
        }
        for (var r = 0; r < component.Rows.Count; r++)
        {
            var row = system.Rows[component.Rows[r]];
            for (var i = 0; i < row.Vars.Length; i++) lp.SetCoefficient(r, local[row.Vars[i]], row.Coefs[i]);
            lp.SetRightHandSide(r, row.Rhs);
        }
        work.LinearPrograms++;
        if (lp.Start(ct) != LpOutcome.Optimal)
            throw new InvalidOperationException($"the shown counts around cell {system.Cell(component.Vars[0])} contradict each other: no values satisfy the relations.");
        var seenMin = work.SeenMin;
        var seenMax = work.SeenMax;
        foreach (var v in component.Vars) seenMin[v] = seenMax[v] = lp.Value(local[v]);
        void See()
        {
            for (var i = 0; i < component.Vars.Count; i++)
            {
                var v = component.Vars[i];
                var x = lp.Value(i);
                if (x < seenMin[v]) seenMin[v] = x;
                if (x > seenMax[v]) seenMax[v] = x;
            }
        }
        if (stopEarly && wanted.Count > 2)
        {
            // Two aggregate objectives (all wanted cells up, then down) usually widen most witness ranges at once.
            var sum = new double[component.Vars.Count];
            foreach (var v in wanted) sum[local[v]] = 1;
            work.Optimisations += 2;
            if (lp.Maximize(sum, out _, ct) == LpOutcome.Optimal) See();
            lp.Minimize(sum, out _, ct);
            See();
        }
        foreach (var v in wanted)
        {
            if (stopEarly && new CellRange(0, plo[v], phi[v]).Determined) continue;
            if (stopEarly && !new CellRange(0, seenMin[v], seenMax[v]).Determined)
            {
                min[v] = seenMin[v];
                max[v] = seenMax[v];
                continue;
            }
            double hi;
            if (seenMax[v] >= phi[v] - 1e-9) hi = phi[v];
            else
            {
                work.Optimisations++;
                hi = lp.Optimize(local[v], true, out var value, ct) == LpOutcome.Unbounded ? double.PositiveInfinity : Snap(value);
                See();
            }
            max[v] = hi;
            if (stopEarly && !new CellRange(0, seenMin[v], hi).Determined)
            {
                min[v] = seenMin[v];
                continue;
            }
            double lo;
            if (seenMin[v] <= plo[v] + 1e-9) lo = plo[v];
            else
            {
                work.Optimisations++;
                lp.Optimize(local[v], false, out var value, ct);
                lo = Snap(value);
                See();
            }
            min[v] = lo;
        }
    }

    private static double Snap(double x)
    {
        var r = Math.Round(x);
        return Math.Abs(x - r) < 1e-7 ? r : x;
    }
}
