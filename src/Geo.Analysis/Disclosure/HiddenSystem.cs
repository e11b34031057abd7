namespace Geo.Analysis.Disclosure;

/// <summary>
/// The receiver's view of a <see cref="LinkedTables"/> under a pattern, as a linear system over the hidden cells only:
/// every relation with a hidden cell becomes Σ coefficient · x = right-hand side (its shown cells moved to the right),
/// every hidden cell a variable with the bounds its mark states (small: [1, k − 1], secondary: [k, +∞)); the variables
/// fall apart into connected components (cells joined by relations), solved one by one.
/// </summary>
internal sealed class HiddenSystem
{
    private readonly int[] _varOf;
    private readonly int[] _cells;
    private readonly double[] _lo;
    private readonly double[] _hi;
    private readonly List<Row> _rows = [];
    private readonly List<int>[] _rowsOf;
    private readonly List<Component> _components = [];
    private readonly int[] _componentOf;

    private HiddenSystem(LinkedTables tables, IReadOnlyList<CellStatus> status, int threshold)
    {
        _varOf = new int[tables.Count];
        var cells = new List<int>();
        for (var c = 0; c < tables.Count; c++)
        {
            if (status[c] == CellStatus.Published) { _varOf[c] = -1; continue; }
            var v = tables.Value(c);
            if (status[c] == CellStatus.Small && (v < 1 || v >= threshold))
                throw new ArgumentException($"cell {c} is marked small (1 to {threshold - 1}) but its count is {v}.", "pattern");
            if (status[c] == CellStatus.Secondary && v < threshold)
                throw new ArgumentException($"cell {c} is marked secondary (shown \"..\", which means at least {threshold}) but its count is {v}.", "pattern");
            _varOf[c] = cells.Count;
            cells.Add(c);
        }
        _cells = [.. cells];
        _lo = new double[_cells.Length];
        _hi = new double[_cells.Length];
        for (var v = 0; v < _cells.Length; v++)
        {
            var small = status[_cells[v]] == CellStatus.Small;
            _lo[v] = small ? 1 : threshold;
            _hi[v] = small ? threshold - 1 : double.PositiveInfinity;
        }
        _rowsOf = new List<int>[_cells.Length];
        for (var v = 0; v < _cells.Length; v++) _rowsOf[v] = [];
        var coefficients = new Dictionary<int, int>();
        for (var r = 0; r < tables.Relations.Count; r++)
        {
            var relation = tables.Relations[r];
            coefficients.Clear();
            coefficients[relation.Total] = -1;
            foreach (var p in relation.Parts) coefficients[p] = coefficients.GetValueOrDefault(p) + 1;
            var rhs = 0.0;
            var vars = new List<int>();
            var coefs = new List<double>();
            foreach (var (cell, a) in coefficients.OrderBy(e => e.Key))
            {
                if (a == 0) continue;
                if (_varOf[cell] < 0) rhs -= a * (double)tables.Value(cell);
                else { vars.Add(_varOf[cell]); coefs.Add(a); }
            }
            if (vars.Count == 0) continue;
            var row = _rows.Count;
            _rows.Add(new Row(r, [.. vars], [.. coefs], rhs));
            foreach (var v in vars) _rowsOf[v].Add(row);
        }
        // Components by union-find.
        var parent = new int[_cells.Length];
        for (var v = 0; v < parent.Length; v++) parent[v] = v;
        int Find(int x)
        {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        }
        foreach (var row in _rows)
            for (var i = 1; i < row.Vars.Length; i++)
            {
                var a = Find(row.Vars[0]);
                var b = Find(row.Vars[i]);
                if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        _componentOf = new int[_cells.Length];
        var index = new Dictionary<int, int>();
        for (var v = 0; v < _cells.Length; v++)
        {
            var root = Find(v);
            if (!index.TryGetValue(root, out var k)) { k = _components.Count; index[root] = k; _components.Add(new Component()); }
            _componentOf[v] = k;
            _components[k].Vars.Add(v);
        }
        for (var r = 0; r < _rows.Count; r++) _components[_componentOf[_rows[r].Vars[0]]].Rows.Add(r);
    }

    /// <summary>The system of <paramref name="tables"/> under <paramref name="status"/> with threshold <paramref name="threshold"/>.</summary>
    public static HiddenSystem Build(LinkedTables tables, IReadOnlyList<CellStatus> status, int threshold) => new(tables, status, threshold);

    public int Variables => _cells.Length;

    public IReadOnlyList<Component> Components => _components;

    public IReadOnlyList<Row> Rows => _rows;

    public int Cell(int variable) => _cells[variable];

    public int VariableOf(int cell) => _varOf[cell];

    public int ComponentOf(int variable) => _componentOf[variable];

    public double Lower(int variable) => _lo[variable];

    public double Upper(int variable) => _hi[variable];

    /// <summary>
    /// Interval (bounds) propagation over one component to a fixed point: each row tightens each of its variables to what
    /// the other variables' bounds allow. The result is an outer bound of the linear relaxation's range; it equals it when
    /// the component is Berge-acyclic (see <see cref="Component.IsTree"/>). Returns false when it stopped before the fixed
    /// point (the bounds are then still valid outer bounds).
    /// </summary>
    public bool Propagate(Component component, double[] lo, double[] hi)
    {
        foreach (var v in component.Vars) { lo[v] = _lo[v]; hi[v] = _hi[v]; }
        var queue = new Queue<int>(component.Rows);
        var queued = new HashSet<int>(component.Rows);
        long visits = 0;
        var cap = 50L * component.Rows.Count + 1000;
        while (queue.Count > 0)
        {
            if (++visits > cap) return false;
            var r = queue.Dequeue();
            queued.Remove(r);
            var row = _rows[r];
            double minSum = 0, maxSum = 0;
            int minInf = 0, maxInf = 0;
            for (var i = 0; i < row.Vars.Length; i++)
            {
                var (cmin, cmax) = Contribution(row.Coefs[i], lo[row.Vars[i]], hi[row.Vars[i]]);
                if (double.IsInfinity(cmin)) minInf++; else minSum += cmin;
                if (double.IsInfinity(cmax)) maxInf++; else maxSum += cmax;
            }
            for (var i = 0; i < row.Vars.Length; i++)
            {
                var v = row.Vars[i];
                var a = row.Coefs[i];
                var (cmin, cmax) = Contribution(a, lo[v], hi[v]);
                var othersMin = double.IsInfinity(cmin) ? (minInf > 1 ? double.NegativeInfinity : minSum) : (minInf > 0 ? double.NegativeInfinity : minSum - cmin);
                var othersMax = double.IsInfinity(cmax) ? (maxInf > 1 ? double.PositiveInfinity : maxSum) : (maxInf > 0 ? double.PositiveInfinity : maxSum - cmax);
                // a·x ∈ [rhs − othersMax, rhs − othersMin]
                var low = row.Rhs - othersMax;
                var high = row.Rhs - othersMin;
                double newLo, newHi;
                if (a > 0) { newLo = low / a; newHi = high / a; }
                else { newLo = high / a; newHi = low / a; }
                var changed = false;
                if (newLo > lo[v] + 1e-9) { lo[v] = newLo; changed = true; }
                if (newHi < hi[v] - 1e-9) { hi[v] = newHi; changed = true; }
                if (lo[v] > hi[v] + 1e-6)
                    throw new InvalidOperationException($"the shown counts contradict each other around cell {_cells[v]} (relation {row.Relation}).");
                if (!changed) continue;
                foreach (var other in _rowsOf[v])
                    if (queued.Add(other)) queue.Enqueue(other);
            }
        }
        return true;
    }

    private static (double Min, double Max) Contribution(double a, double lo, double hi) =>
        a > 0 ? (a * lo, a * hi) : (a * hi, a * lo);

    /// <summary>One relation with a hidden cell: Σ Coefs[i] · x[Vars[i]] = Rhs.</summary>
    public sealed record Row(int Relation, int[] Vars, double[] Coefs, double Rhs);

    /// <summary>A connected set of hidden cells and the rows joining them.</summary>
    public sealed class Component
    {
        public List<int> Vars { get; } = [];

        public List<int> Rows { get; } = [];

        /// <summary>
        /// True when the bipartite graph of variables and rows is a tree (Berge-acyclic: no two rows share two variables,
        /// no cycle through rows): edges = variables + rows − 1 for a connected graph. A hierarchy (each hidden cell the
        /// total of at most one relation and a part of its parent's) with single-dimension rows is one.
        /// </summary>
        public bool IsTree(HiddenSystem system)
        {
            long edges = 0;
            foreach (var r in Rows) edges += system._rows[r].Vars.Length;
            return edges == Vars.Count + Rows.Count - 1;
        }
    }
}
