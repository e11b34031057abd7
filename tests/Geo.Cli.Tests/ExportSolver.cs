using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Geo.Cli.Tests;

/// <summary>
/// An attacker's linear system over what one role was given, solved with GLPK's glpsol (an independent reference solver):
/// whole-number variables with bounds (a published count fixed, "&lt;k" in [1, k−1], ".." in [k, ∞), an unknown rest ≥ 0)
/// and equations (parts sum to their whole). <see cref="Range"/> finds the least and greatest value a variable can take.
/// </summary>
internal sealed class ExportSolver
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Lo, double? Hi)> _bounds = new(StringComparer.Ordinal);
    private readonly List<(List<(int Sign, string Var)> Terms, string Label)> _equations = [];

    public const string Glpsol = "/usr/bin/glpsol";

    /// <summary>Fails when CI=true and glpsol is missing; true when it can run here.</summary>
    public static bool Available()
    {
        if (File.Exists(Glpsol)) return true;
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "glpsol is not installed: run scripts/install-deps.sh --tests (Debian package glpk-utils).");
        return false;
    }

    public IReadOnlyCollection<string> Variables => _bounds.Keys;

    private string Name(string key)
    {
        if (!_names.TryGetValue(key, out var n)) _names[key] = n = "x" + _names.Count.ToString(CultureInfo.InvariantCulture);
        return n;
    }

    /// <summary>Declares a variable from an exported cell: a number is fixed, "&lt;k" is [1, k−1], ".." is [k, ∞); false for an empty cell.</summary>
    public bool Cell(string key, string text, int k)
    {
        if (string.IsNullOrEmpty(text)) return false;
        (double, double?) bounds = text switch
        {
            ".." => (k, null),
            _ when text.StartsWith('<') => (1, k - 1),
            _ => (double.Parse(text, CultureInfo.InvariantCulture), double.Parse(text, CultureInfo.InvariantCulture)),
        };
        if (_bounds.TryGetValue(key, out var old))
        {
            // The same count exported twice (indicators and areas): both must agree, and the tighter bounds hold.
            var lo = Math.Max(old.Lo, bounds.Item1);
            double? hi = old.Hi is null ? bounds.Item2 : bounds.Item2 is null ? old.Hi : Math.Min(old.Hi.Value, bounds.Item2.Value);
            Assert.True(hi is null || lo <= hi, $"{key} is exported with contradicting values");
            _bounds[key] = (lo, hi);
        }
        else _bounds[key] = bounds;
        Name(key);
        return true;
    }

    /// <summary>An unknown count ≥ 0 (what falls outside every area, an area left out).</summary>
    public void Free(string key)
    {
        if (!_bounds.ContainsKey(key)) _bounds[key] = (0, null);
        Name(key);
    }

    public bool Has(string key) => _bounds.ContainsKey(key);

    /// <summary>Σ parts = whole.</summary>
    public void Sum(string whole, IEnumerable<string> parts, string label)
    {
        var terms = parts.Select(p => (1, p)).ToList();
        if (terms.Count == 0) return;
        terms.Add((-1, whole));
        _equations.Add((terms, label));
    }

    public int Equations => _equations.Count;

    /// <summary>The least and greatest whole value of <paramref name="key"/> (null max: unbounded).</summary>
    public (double Min, double? Max) Range(string key, string folder)
    {
        var (vars, equations) = Component(key);
        if (equations.Count == 0) return (_bounds[key].Lo, _bounds[key].Hi);
        var min = Solve(key, "Minimize", folder, vars, equations);
        var max = Solve(key, "Maximize", folder, vars, equations);
        return (min ?? throw new InvalidOperationException($"no minimum for {key}"), max);
    }

    private Dictionary<string, int>? _component;

    /// <summary>The variables and equations linked to <paramref name="key"/> (the system splits into independent parts: solve only its own).</summary>
    private readonly Lock _gate = new();

    private (HashSet<string> Vars, List<int> Equations) Component(string key)
    {
        lock (_gate) return ComponentLocked(key);
    }

    private (HashSet<string> Vars, List<int> Equations) ComponentLocked(string key)
    {
        if (_component is null)
        {
            var parent = _bounds.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
            string Find(string x)
            {
                while (parent[x] != x) x = parent[x] = parent[parent[x]];
                return x;
            }
            foreach (var (terms, _) in _equations)
                for (var t = 1; t < terms.Count; t++) parent[Find(terms[t].Var)] = Find(terms[0].Var);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            _component = _bounds.Keys.ToDictionary(k => k, k => ids.TryGetValue(Find(k), out var id) ? id : ids[Find(k)] = ids.Count, StringComparer.Ordinal);
        }
        var c = _component[key];
        var vars = _component.Where(kv => kv.Value == c).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var equations = Enumerable.Range(0, _equations.Count).Where(i => _component[_equations[i].Terms[0].Var] == c).ToList();
        return (vars, equations);
    }

    private double? Solve(string key, string sense, string folder, HashSet<string> vars, List<int> equations)
    {
        var lp = new StringBuilder();
        lp.Append(sense).Append("\n obj: ").Append(Name(key)).Append("\nSubject To\n");
        var i = 0;
        foreach (var (terms, _) in equations.Select(e => _equations[e]))
        {
            lp.Append(" c").Append(i++).Append(": ");
            foreach (var (sign, v) in terms) lp.Append(sign > 0 ? " + " : " - ").Append(Name(v));
            lp.Append(" = 0\n");
        }
        lp.Append("Bounds\n");
        foreach (var (k, (lo, hi)) in _bounds.Where(b => vars.Contains(b.Key)))
            lp.Append(' ').Append(hi is { } h
                ? string.Create(CultureInfo.InvariantCulture, $"{lo} <= {Name(k)} <= {h}")
                : string.Create(CultureInfo.InvariantCulture, $"{Name(k)} >= {lo}")).Append('\n');
        lp.Append("General\n");
        foreach (var k in vars) lp.Append(' ').Append(Name(k)).Append('\n');
        lp.Append("End\n");
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.lp");
        var output = file + ".out";
        File.WriteAllText(file, lp.ToString());
        var psi = new ProcessStartInfo(Glpsol) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--lp", file, "-o", output }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        try
        {
            Assert.DoesNotContain("NO PRIMAL FEASIBLE", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("NO INTEGER FEASIBLE", stdout, StringComparison.Ordinal);
            if (stdout.Contains("UNBOUNDED", StringComparison.Ordinal)) return null;
            Assert.True(p.ExitCode == 0 && File.Exists(output), $"glpsol failed on {key}: {stdout}");
            var text = File.ReadAllText(output);
            Assert.DoesNotContain("INFEASIBLE", text, StringComparison.Ordinal);
            if (text.Contains("UNBOUNDED", StringComparison.Ordinal) || text.Contains("UNDEFINED", StringComparison.Ordinal) && stdout.Contains("unbounded", StringComparison.OrdinalIgnoreCase)) return null;
            var line = text.Split('\n').First(l => l.StartsWith("Objective:", StringComparison.Ordinal));
            var value = line.Split('=')[1].Trim().Split(' ')[0];
            return double.Parse(value, CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(file);
            if (File.Exists(output)) File.Delete(output);
        }
    }
}
