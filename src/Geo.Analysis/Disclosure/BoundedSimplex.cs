namespace Geo.Analysis.Disclosure;

/// <summary>
/// A small primal simplex for linear programs with equality constraints and bounded variables:
/// A x = b, lo ≤ x ≤ hi, with every lo finite and hi finite or +∞. Dense tableau of m × n doubles (8·m·n bytes; the
/// artificial columns are not stored, an artificial that leaves the basis never re-enters; rows are updated only where
/// the pivot column is non-zero, over the pivot row's non-zeros), bounded-variable ratio test (a variable leaves at its lower or upper bound, the entering one may
/// just flip bounds), phase 1 with one artificial per row minimising their sum, run ONCE by <see cref="Start"/>; afterwards
/// every <see cref="Minimize"/> / <see cref="Maximize"/> starts from the current basis (warm start: a feasible basis stays
/// feasible when only the objective changes). Redundant rows (a linear combination of others, common in tables whose row
/// and column totals both sum to the grand total) are recognised at the end of phase 1 and left out.
/// <para>
/// Pricing is Dantzig's (largest reduced cost); after <see cref="DegenerateLimit"/> degenerate pivots in a row it switches
/// to Bland's rule (smallest index enters, smallest index leaves among ties), which cannot cycle, until a pivot moves the
/// objective again. Tolerances: a pivot element must exceed <see cref="PivotTolerance"/> in absolute value; a reduced
/// cost is improving beyond <see cref="OptimalityTolerance"/>; phase 1 accepts an artificial sum up to
/// <see cref="FeasibilityTolerance"/> × (1 + max |b|). No I/O.
/// </para>
/// </summary>
public sealed class BoundedSimplex
{
    /// <summary>Smallest |pivot element| accepted.</summary>
    public const double PivotTolerance = 1e-9;

    /// <summary>A reduced cost must be below −tolerance (or above, for a variable at its upper bound) to improve.</summary>
    public const double OptimalityTolerance = 1e-9;

    /// <summary>Relative tolerance of phase 1's artificial sum.</summary>
    public const double FeasibilityTolerance = 1e-9;

    /// <summary>Degenerate pivots in a row before Bland's rule takes over.</summary>
    public const int DegenerateLimit = 50;

    private readonly int _m;
    private readonly int _n;
    private readonly double[][] _a;   // the original rows (structural columns)
    private readonly double[] _b;
    private readonly double[] _lo;    // n + m: structural then artificial
    private readonly double[] _hi;
    private double[][] _t = [];       // tableau B⁻¹A over the n structural columns
    private double[] _beta = [];      // values of the basic variables
    private int[] _basis = [];        // basic variable of each row
    private int[] _pos = [];          // row of a basic variable, −1 when non-basic
    private bool[] _atUpper = [];
    private double[] _d = [];         // reduced costs
    private int _width;               // columns of the tableau (n)
    private bool _started;
    private readonly List<int> _nz = [];

    /// <summary>A program with <paramref name="rows"/> equality constraints over <paramref name="columns"/> variables, all coefficients 0, bounds [0, +∞).</summary>
    public BoundedSimplex(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        _m = rows;
        _n = columns;
        _a = new double[rows][];
        for (var i = 0; i < rows; i++) _a[i] = new double[columns];
        _b = new double[rows];
        _lo = new double[columns + rows];
        _hi = new double[columns + rows];
        Array.Fill(_hi, double.PositiveInfinity);
    }

    /// <summary>Number of constraints.</summary>
    public int Rows => _m;

    /// <summary>Number of variables.</summary>
    public int Columns => _n;

    /// <summary>Pivots made so far (phase 1 included).</summary>
    public long Pivots { get; private set; }

    /// <summary>Sets A[row, column].</summary>
    public void SetCoefficient(int row, int column, double value)
    {
        NotStarted();
        _a[row][column] = value;
    }

    /// <summary>Sets b[row].</summary>
    public void SetRightHandSide(int row, double value)
    {
        NotStarted();
        _b[row] = value;
    }

    /// <summary>Sets lo ≤ x[column] ≤ hi (lo finite; hi may be +∞).</summary>
    public void SetBounds(int column, double lower, double upper)
    {
        NotStarted();
        if (!double.IsFinite(lower)) throw new ArgumentOutOfRangeException(nameof(lower), "the lower bound must be finite.");
        if (double.IsNaN(upper) || upper < lower) throw new ArgumentOutOfRangeException(nameof(upper), $"the upper bound {upper} is below the lower bound {lower}.");
        _lo[column] = lower;
        _hi[column] = upper;
    }

    /// <summary>Phase 1: finds a feasible basis. Returns <see cref="LpOutcome.Optimal"/> when one exists, <see cref="LpOutcome.Infeasible"/> otherwise.</summary>
    public LpOutcome Start(CancellationToken ct = default)
    {
        NotStarted();
        _started = true;
        var n = _n;
        var m = _m;
        _width = n; // artificial columns are never stored: an artificial that leaves the basis never comes back
        _t = new double[m][];
        _beta = new double[m];
        _basis = new int[m];
        _pos = new int[n + m];
        _atUpper = new bool[n + m];
        Array.Fill(_pos, -1);
        var scale = 1.0;
        for (var i = 0; i < m; i++)
        {
            var r = _b[i];
            for (var j = 0; j < n; j++) r -= _a[i][j] * _lo[j];
            var sign = r < 0 ? -1.0 : 1.0;
            var row = new double[n];
            for (var j = 0; j < n; j++) row[j] = sign * _a[i][j];
            _t[i] = row;
            _beta[i] = Math.Abs(r);
            _basis[i] = n + i;
            _pos[n + i] = i;
            scale = Math.Max(scale, Math.Abs(_b[i]));
        }
        var cost = new double[n + m];
        for (var i = 0; i < m; i++) cost[n + i] = 1;
        var outcome = Iterate(cost, ct);
        var infeasibility = 0.0;
        for (var i = 0; i < m; i++)
            if (_basis[i] >= n) infeasibility += _beta[i];
        if (outcome != LpOutcome.Optimal || infeasibility > FeasibilityTolerance * (1 + scale) * Math.Max(1, m)) return LpOutcome.Infeasible;
        // Drive the artificials out of the basis; a row where no structural column can replace it is redundant.
        for (var i = 0; i < m; i++)
        {
            if (_basis[i] < n) continue;
            var best = -1;
            var bestAbs = 1e-7;
            for (var j = 0; j < n; j++)
                if (_pos[j] < 0 && Math.Abs(_t[i][j]) > bestAbs) { best = j; bestAbs = Math.Abs(_t[i][j]); }
            if (best >= 0)
            {
                var value = _atUpper[best] ? _hi[best] : _lo[best];
                Pivot(i, best);
                _beta[i] = value;
            }
            else
            {
                _beta[i] = 0;
                Array.Clear(_t[i], 0, n); // redundant row: its artificial stays basic at 0 and never moves
            }
        }
        for (var j = n; j < n + m; j++) { _lo[j] = 0; _hi[j] = 0; }
        return LpOutcome.Optimal;
    }

    /// <summary>Minimises c·x from the current basis; <see cref="Value"/> gives the solution afterwards.</summary>
    public LpOutcome Minimize(ReadOnlySpan<double> c, out double objective, CancellationToken ct = default)
    {
        Started();
        if (c.Length != _n) throw new ArgumentException($"the objective has {c.Length} coefficients, the program {_n} variables.", nameof(c));
        var cost = new double[_n + _m];
        c.CopyTo(cost);
        var outcome = Iterate(cost, ct);
        objective = outcome == LpOutcome.Unbounded ? double.NegativeInfinity : Objective(cost);
        return outcome;
    }

    /// <summary>Maximises c·x from the current basis.</summary>
    public LpOutcome Maximize(ReadOnlySpan<double> c, out double objective, CancellationToken ct = default)
    {
        var negated = new double[c.Length];
        for (var j = 0; j < c.Length; j++) negated[j] = -c[j];
        var outcome = Minimize(negated, out var min, ct);
        objective = -min;
        return outcome;
    }

    /// <summary>Minimises (or maximises) the single variable x[column] from the current basis.</summary>
    public LpOutcome Optimize(int column, bool maximize, out double value, CancellationToken ct = default)
    {
        Started();
        var cost = new double[_n + _m];
        cost[column] = maximize ? -1 : 1;
        var outcome = Iterate(cost, ct);
        value = outcome == LpOutcome.Unbounded ? (maximize ? double.PositiveInfinity : double.NegativeInfinity) : Value(column);
        return outcome;
    }

    /// <summary>The current value of x[column] (a feasible point once <see cref="Start"/> succeeded).</summary>
    public double Value(int column) =>
        _pos[column] >= 0 ? _beta[_pos[column]] : _atUpper[column] ? _hi[column] : _lo[column];

    private double Objective(double[] cost)
    {
        var z = 0.0;
        for (var j = 0; j < _n; j++)
            if (cost[j] != 0) z += cost[j] * Value(j);
        return z;
    }

    private LpOutcome Iterate(double[] cost, CancellationToken ct)
    {
        var width = _width;
        _d = new double[width];
        Array.Copy(cost, _d, width);
        for (var i = 0; i < _m; i++)
        {
            var cb = cost[_basis[i]];
            if (cb == 0) continue;
            var row = _t[i];
            for (var j = 0; j < width; j++)
                if (row[j] != 0) _d[j] -= cb * row[j];
        }
        var degenerate = 0;
        while (true)
        {
            if ((Pivots & 63) == 0) ct.ThrowIfCancellationRequested();
            var bland = degenerate >= DegenerateLimit;
            var enter = -1;
            var bestGain = OptimalityTolerance;
            for (var j = 0; j < width; j++)
            {
                if (_pos[j] >= 0 || _hi[j] - _lo[j] <= 0) continue;
                var gain = _atUpper[j] ? _d[j] : -_d[j];
                if (gain > bestGain)
                {
                    enter = j;
                    if (bland) break;
                    bestGain = gain;
                }
            }
            if (enter < 0) return LpOutcome.Optimal;
            var dir = _atUpper[enter] ? -1.0 : 1.0;
            // Ratio test: the entering variable moves by t ≥ 0 in direction dir; basic i changes by −dir·T[i][enter]·t.
            var flip = _hi[enter] - _lo[enter];
            var leave = -1;
            var leaveAbs = 0.0;
            var best = double.PositiveInfinity;
            for (var i = 0; i < _m; i++)
            {
                var alpha = dir * _t[i][enter];
                if (Math.Abs(alpha) <= PivotTolerance) continue;
                var bv = _basis[i];
                double limit;
                if (alpha > 0) limit = (_beta[i] - _lo[bv]) / alpha;
                else if (double.IsPositiveInfinity(_hi[bv])) continue;
                else limit = (_hi[bv] - _beta[i]) / -alpha;
                if (limit < 0) limit = 0;
                var abs = Math.Abs(alpha);
                if (leave < 0 || limit < best - 1e-12 ||
                    (limit <= best + 1e-12 && (bland ? bv < _basis[leave] : abs > leaveAbs)))
                {
                    best = Math.Min(best, limit);
                    leave = i;
                    leaveAbs = abs;
                }
            }
            if (leave < 0 && double.IsPositiveInfinity(flip)) return LpOutcome.Unbounded;
            var boundFlip = leave < 0 || flip <= best;
            var step = boundFlip ? flip : best;
            Pivots++;
            degenerate = step <= 1e-12 ? degenerate + 1 : 0;
            if (step > 0)
                for (var i = 0; i < _m; i++)
                {
                    var tij = _t[i][enter];
                    if (tij != 0) _beta[i] -= dir * tij * step;
                }
            if (boundFlip)
            {
                _atUpper[enter] = !_atUpper[enter];
                continue;
            }
            var enteringValue = (_atUpper[enter] ? _hi[enter] : _lo[enter]) + dir * step;
            var leaving = _basis[leave];
            var leavesUp = dir * _t[leave][enter] < 0;
            Pivot(leave, enter);
            _beta[leave] = enteringValue;
            _atUpper[leaving] = leavesUp;
            _atUpper[enter] = false;
        }
    }

    private void Pivot(int r, int enter)
    {
        var width = _width;
        var prow = _t[r];
        var p = prow[enter];
        _nz.Clear();
        for (var j = 0; j < width; j++)
        {
            if (prow[j] == 0) continue;
            prow[j] /= p;
            if (Math.Abs(prow[j]) < 1e-14) prow[j] = 0;
            else _nz.Add(j);
        }
        prow[enter] = 1;
        for (var i = 0; i < _m; i++)
        {
            if (i == r) continue;
            var row = _t[i];
            var f = row[enter];
            if (f == 0) continue;
            foreach (var j in _nz)
            {
                var v = row[j] - f * prow[j];
                row[j] = Math.Abs(v) < 1e-12 ? 0 : v;
            }
            row[enter] = 0;
        }
        if (_d.Length >= width)
        {
            var f = _d[enter];
            if (f != 0)
            {
                foreach (var j in _nz) _d[j] -= f * prow[j];
                _d[enter] = 0;
            }
        }
        _pos[_basis[r]] = -1;
        _basis[r] = enter;
        _pos[enter] = r;
    }

    private void NotStarted()
    {
        if (_started) throw new InvalidOperationException("the program has been started: its data can no longer change.");
    }

    private void Started()
    {
        if (!_started) throw new InvalidOperationException("call Start (phase 1) first.");
    }
}
