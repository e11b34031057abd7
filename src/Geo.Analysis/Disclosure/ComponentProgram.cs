namespace Geo.Analysis.Disclosure;

/// <summary>
/// The linear program of one component of a <see cref="HiddenSystem"/>, started once (phase 1) and kept: each question
/// "can this cell take two whole numbers?" is answered from the feasible points seen so far, or by a warm-started
/// maximisation and minimisation of that cell. Used where the same system is asked about different cells over time.
/// </summary>
internal sealed class ComponentProgram
{
    private readonly HiddenSystem _system;
    private readonly HiddenSystem.Component _component;
    private readonly Dictionary<int, int> _local = [];
    private readonly double[] _plo;
    private readonly double[] _phi;
    private readonly double[] _seenMin;
    private readonly double[] _seenMax;
    private readonly BoundedSimplex? _lp;

    public ComponentProgram(HiddenSystem system, HiddenSystem.Component component, CancellationToken ct)
    {
        _system = system;
        _component = component;
        _plo = new double[system.Variables];
        _phi = new double[system.Variables];
        var exact = system.Propagate(component, _plo, _phi) && component.IsTree(system);
        _seenMin = new double[component.Vars.Count];
        _seenMax = new double[component.Vars.Count];
        for (var i = 0; i < component.Vars.Count; i++) _local[component.Vars[i]] = i;
        if (exact) return;
        if ((long)component.Vars.Count * component.Rows.Count > DisclosureAudit.MaxTableauEntries)
            throw new InvalidOperationException(
                $"a linked group of {component.Vars.Count} hidden cells and {component.Rows.Count} relations that is not a hierarchy is too large for the exact audit.");
        _lp = new BoundedSimplex(component.Rows.Count, component.Vars.Count);
        for (var i = 0; i < component.Vars.Count; i++) _lp.SetBounds(i, system.Lower(component.Vars[i]), system.Upper(component.Vars[i]));
        for (var r = 0; r < component.Rows.Count; r++)
        {
            var row = system.Rows[component.Rows[r]];
            for (var i = 0; i < row.Vars.Length; i++) _lp.SetCoefficient(r, _local[row.Vars[i]], row.Coefs[i]);
            _lp.SetRightHandSide(r, row.Rhs);
        }
        if (_lp.Start(ct) != LpOutcome.Optimal)
            throw new InvalidOperationException("the shown counts contradict each other: no values satisfy the relations.");
        for (var i = 0; i < _seenMin.Length; i++) _seenMin[i] = _seenMax[i] = _lp.Value(i);
    }

    /// <summary>True when variable <paramref name="variable"/> (of this component) can take fewer than two whole numbers.</summary>
    public bool Determined(int variable, CancellationToken ct)
    {
        if (new CellRange(0, _plo[variable], _phi[variable]).Determined) return true; // outer bounds already pin it
        if (_lp is null) return false; // propagation is exact on a tree
        var i = _local[variable];
        if (!new CellRange(0, _seenMin[i], _seenMax[i]).Determined) return false;
        var max = _lp.Optimize(i, true, out var hi, ct) == LpOutcome.Unbounded ? double.PositiveInfinity : hi;
        See();
        if (!new CellRange(0, _seenMin[i], max).Determined) return false;
        _lp.Optimize(i, false, out var lo, ct);
        See();
        return new CellRange(0, lo, max).Determined;
    }

    private void See()
    {
        for (var i = 0; i < _seenMin.Length; i++)
        {
            var x = _lp!.Value(i);
            if (x < _seenMin[i]) _seenMin[i] = x;
            if (x > _seenMax[i]) _seenMax[i] = x;
        }
    }
}
