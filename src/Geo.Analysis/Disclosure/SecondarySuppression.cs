namespace Geo.Analysis.Disclosure;

/// <summary>
/// Disclosure control of linked tables: primary suppression of counts from 1 to k − 1, then complementary (secondary)
/// suppression until no small count and no forced cell can be determined from what is shown (see
/// <see cref="DisclosureAudit"/>). The rule (docs/disclosure.md), deterministic and frugal:
/// <list type="number">
/// <item>Primary: a count from 1 to k − 1 is <see cref="CellStatus.Small"/>; a forced count ≥ k is
/// <see cref="CellStatus.Secondary"/>; a forced count below k stays small; zero is never hidden (a forced zero is shown).
/// Small and forced cells are the <em>protected</em> cells.</item>
/// <item>Cheap pass, to a fixed point, relations in index order: a relation is <em>tight</em> when it holds exactly one
/// hidden cell, or when its hidden cells are pinned by their bounds (their bounds' sum can only just meet the relation,
/// e.g. two small cells summing to 2). A tight relation gets a complement.</item>
/// <item>Audit: the exact linear-relaxation audit of every component touched since the last audit; each protected cell
/// still determined gets a complement from the relations that contain it (cells whose relations already got one in this
/// round wait for the next audit).</item>
/// <item>A complement is a shown count ≥ k (never a zero, never a small count) among the parts of the relation, or the
/// relation's total when no part qualifies; among the candidates it prefers one that also relieves another tight
/// relation or another determined cell, then the smallest count (least information lost), then the lowest index. When
/// the relations of a determined cell offer none, the relations of the hidden cells next to it are searched, outwards.</item>
/// </list>
/// Repeats 2–4 until the audit finds nothing; every step hides one more cell, so it ends.
/// <para>
/// Some small counts cannot be protected by hiding anything: a relation whose cells are all small and pinned by their
/// own bounds (a total of 2 shown "&lt;3" with two parts shown "&lt;3": each part is 1), or a determined cell with no shown
/// count ≥ k anywhere in its component. They are listed in <see cref="SuppressionPattern.Unprotectable"/>; the caller
/// must withhold them (and whatever they can be computed from) instead of publishing the pattern as it is.
/// </para>
/// </summary>
public static class SecondarySuppression
{
    /// <summary>The protected pattern of <paramref name="tables"/> for threshold <paramref name="threshold"/> (k ≥ 2).</summary>
    public static SuppressionPattern Protect(LinkedTables tables, int threshold, CancellationToken ct = default) =>
        Protect(tables, threshold, complements: true, ct);

    /// <summary>As <see cref="Protect(LinkedTables, int, CancellationToken)"/>; without <paramref name="complements"/> only primary suppression and forced cells (tests check that they then fail).</summary>
    internal static SuppressionPattern Protect(LinkedTables tables, int threshold, bool complements, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        return new Run(tables, threshold).Execute(complements, ct);
    }

    private sealed class Run
    {
        private readonly LinkedTables _tables;
        private readonly int _k;
        private readonly CellStatus[] _status;
        private readonly bool[] _protected;
        private readonly bool[] _changed;
        private readonly List<int>[] _relationsOf;
        private readonly bool[] _dirty;
        private readonly bool[] _hopeless;
        private readonly bool[] _chased;
        private readonly bool[] _protectable;
        private HiddenSystem? _widest;
        private readonly Dictionary<int, ComponentProgram> _widestPrograms = [];
        private int _complements;

        public Run(LinkedTables tables, int threshold)
        {
            _tables = tables;
            _k = threshold;
            var n = tables.Count;
            _status = new CellStatus[n];
            _protected = new bool[n];
            _changed = new bool[n];
            for (var i = 0; i < n; i++)
            {
                var v = tables.Value(i);
                if (v > 0 && v < threshold) _status[i] = CellStatus.Small;
                else if (tables.IsForced(i) && v >= threshold) _status[i] = CellStatus.Secondary;
                _protected[i] = _changed[i] = _status[i] != CellStatus.Published;
            }
            _relationsOf = new List<int>[n];
            for (var i = 0; i < n; i++) _relationsOf[i] = [];
            for (var r = 0; r < tables.Relations.Count; r++)
                foreach (var c in Members(r))
                    if (_relationsOf[c].Count == 0 || _relationsOf[c][^1] != r) _relationsOf[c].Add(r);
            _dirty = new bool[tables.Relations.Count];
            Array.Fill(_dirty, true);
            _hopeless = new bool[n];
            _chased = new bool[n];
            _protectable = new bool[n];
        }

        public SuppressionPattern Execute(bool complements, CancellationToken ct)
        {
            var rounds = 0;
            while (complements)
            {
                ct.ThrowIfCancellationRequested();
                CheapPass(ct);
                var determined = new List<int>();
                foreach (var e in Audit(ct))
                {
                    if (_hopeless[e]) continue;
                    // A cell still determined after it got a complement: make sure it can be protected at all before chasing it further.
                    if (_chased[e] && !_protectable[e])
                    {
                        if (Hopeless(e, ct)) { _hopeless[e] = true; continue; }
                        _protectable[e] = true;
                    }
                    _chased[e] = true;
                    determined.Add(e);
                }
                rounds++;
                if (determined.Count == 0) break;
                var set = new HashSet<int>(determined);
                var relieved = new HashSet<int>();
                foreach (var e in determined)
                {
                    if (_relationsOf[e].Any(relieved.Contains)) continue;
                    var c = Choose(e, set);
                    if (c < 0)
                    {
                        _hopeless[e] = true; // nothing shown ≥ k is linked to it: hiding more cannot help
                        continue;
                    }
                    Hide(c);
                    foreach (var r in _relationsOf[c]) relieved.Add(r);
                }
            }
            long secondaryValue = 0;
            for (var i = 0; i < _status.Length; i++)
                if (_status[i] == CellStatus.Secondary) secondaryValue += _tables.Value(i);
            var unprotectable = Enumerable.Range(0, _status.Length).Where(c => _hopeless[c]).ToArray();
            return new SuppressionPattern(_k, _status)
            {
                SecondaryValue = secondaryValue,
                Complements = _complements,
                AuditRounds = rounds,
                Unprotectable = unprotectable,
            };
        }

        private IEnumerable<int> Members(int relation)
        {
            var rel = _tables.Relations[relation];
            yield return rel.Total;
            foreach (var p in rel.Parts) yield return p;
        }

        private void Hide(int cell)
        {
            _status[cell] = CellStatus.Secondary;
            _changed[cell] = true;
            _complements++;
            foreach (var r in _relationsOf[cell]) _dirty[r] = true;
        }

        private bool Hidden(int cell) => _status[cell] != CellStatus.Published;

        /// <summary>Tight: exactly one hidden cell, or the hidden cells pinned by their bounds.</summary>
        private bool Tight(int relation)
        {
            var rel = _tables.Relations[relation];
            var hidden = 0;
            double rhs = 0, low = 0, high = 0;
            void Term(int cell, int a)
            {
                if (!Hidden(cell)) { rhs -= a * (double)_tables.Value(cell); return; }
                hidden++;
                var small = _status[cell] == CellStatus.Small;
                double lo = small ? 1 : _k, hi = small ? _k - 1 : double.PositiveInfinity;
                if (a > 0) { low += lo; high += hi; } else { low -= hi; high -= lo; }
            }
            Term(rel.Total, -1);
            foreach (var p in rel.Parts) Term(p, 1);
            if (hidden == 0) return false;
            if (hidden == 1) return true;
            return Math.Abs(low - rhs) < 0.5 || Math.Abs(high - rhs) < 0.5;
        }

        private void CheapPass(CancellationToken ct)
        {
            var any = true;
            while (any)
            {
                ct.ThrowIfCancellationRequested();
                any = false;
                for (var r = 0; r < _dirty.Length; r++)
                {
                    if (!_dirty[r]) continue;
                    _dirty[r] = false;
                    if (!Tight(r)) continue;
                    if (Members(r).Where(Hidden).All(m => _hopeless[m])) continue; // nothing to protect there
                    var c = Best(Candidates(r), x => _relationsOf[x].Any(o => o != r && Tight(o)));
                    if (c < 0)
                    {
                        // Every cell hidden (or a zero, never hidden) and pinned by their own bounds: determined whatever else is hidden.
                        if (Members(r).All(m => Hidden(m) || _tables.Value(m) < _k))
                            foreach (var m in Members(r))
                                if (_protected[m]) _hopeless[m] = true;
                        continue;
                    }
                    Hide(c);
                    any = true;
                }
            }
        }

        /// <summary>Shown counts ≥ k among the parts of the relation, or its total when no part qualifies.</summary>
        private IEnumerable<int> Candidates(int relation)
        {
            var rel = _tables.Relations[relation];
            var parts = rel.Parts.Where(p => !Hidden(p) && _tables.Value(p) >= _k).Distinct().ToList();
            if (parts.Count > 0) return parts;
            return !Hidden(rel.Total) && _tables.Value(rel.Total) >= _k ? [rel.Total] : [];
        }

        /// <summary>The preferred candidate: helping elsewhere first, then the smallest count, then the lowest index; −1 when none.</summary>
        private int Best(IEnumerable<int> candidates, Func<int, bool> helps)
        {
            var best = -1;
            var bestHelps = false;
            foreach (var c in candidates)
            {
                var h = helps(c);
                if (best < 0 || (h && !bestHelps) ||
                    (h == bestHelps && (_tables.Value(c) < _tables.Value(best) || (_tables.Value(c) == _tables.Value(best) && c < best))))
                {
                    best = c;
                    bestHelps = h;
                }
            }
            return best;
        }

        /// <summary>A complement for determined cell <paramref name="e"/>: from its relations, else outwards through hidden neighbours.</summary>
        private int Choose(int e, HashSet<int> determined)
        {
            bool Helps(int c) => _relationsOf[c].Any(r => Members(r).Any(m => m != e && determined.Contains(m)));
            var seenCells = new HashSet<int> { e };
            var seenRelations = new HashSet<int>();
            var frontier = new List<int> { e };
            while (frontier.Count > 0)
            {
                var relations = frontier.SelectMany(c => _relationsOf[c]).Where(seenRelations.Add).OrderBy(r => r).ToList();
                var c = Best(relations.SelectMany(Candidates).Distinct(), Helps);
                if (c >= 0) return c;
                frontier = [.. relations.SelectMany(Members).Where(m => Hidden(m) && seenCells.Add(m)).OrderBy(m => m)];
            }
            return -1;
        }

        /// <summary>
        /// Hiding a shown cell only widens every range (the old values remain a solution), so a protected cell still
        /// determined when every count ≥ k is hidden cannot be protected at all. That widest pattern does not depend on
        /// the complements chosen, so its system is built once, when first needed (a cell still determined after it got
        /// a complement), and each component's program is started once and asked about cell after cell.
        /// </summary>
        private bool Hopeless(int cell, CancellationToken ct)
        {
            if (_widest is null)
            {
                var widest = new CellStatus[_status.Length];
                for (var i = 0; i < widest.Length; i++)
                    widest[i] = _status[i] == CellStatus.Small ? CellStatus.Small : _tables.Value(i) >= _k ? CellStatus.Secondary : CellStatus.Published;
                _widest = HiddenSystem.Build(_tables, widest, _k);
            }
            var v = _widest.VariableOf(cell);
            var component = _widest.ComponentOf(v);
            if (!_widestPrograms.TryGetValue(component, out var program))
                _widestPrograms[component] = program = new ComponentProgram(_widest, _widest.Components[component], ct);
            return program.Determined(v, ct);
        }

        /// <summary>The protected cells still determined, over the components touched since the last audit.</summary>
        private List<int> Audit(CancellationToken ct)
        {
            var system = HiddenSystem.Build(_tables, _status, _k);
            var work = new DisclosureAudit.Workspace(system.Variables);
            var min = new double[system.Variables];
            var max = new double[system.Variables];
            var determined = new List<int>();
            foreach (var component in system.Components)
            {
                var touched = false;
                var anyProtected = false;
                foreach (var v in component.Vars)
                {
                    var cell = system.Cell(v);
                    touched |= _changed[cell];
                    anyProtected |= _protected[cell];
                }
                if (!touched || !anyProtected) continue;
                DisclosureAudit.Solve(system, component, v => _protected[system.Cell(v)], true, min, max, work, ct);
                foreach (var v in component.Vars)
                    if (_protected[system.Cell(v)] && new CellRange(system.Cell(v), min[v], max[v]).Determined)
                        determined.Add(system.Cell(v));
            }
            Array.Clear(_changed);
            determined.Sort();
            return determined;
        }
    }
}
