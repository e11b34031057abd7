using System.Text.Json;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary>
/// The disclosure test of the issue: everything a coordinator (and a partner) may get for one run (indicators, areas,
/// hotspots, cells, priorities, plan) exported as CSV, parsed back, and turned into an attacker's linear system from the
/// exported files ALONE — category groups sum to the total per area and period, DeSO areas sum to their district (the
/// areas export's parent column), the areas of each set and of the run's set per group sum to the study area '*' with an
/// unknown rest ≥ 0 (incidents outside every area), a hotspot is the sum of its cells. Every suppressed value is then
/// minimised and maximised with GLPK's glpsol over whole numbers with the marks' bounds ("&lt;k" in [1, k−1], ".." in
/// [k, ∞)): a "&lt;k" value must keep at least two whole numbers in range, a ".." value must not be pinned.
/// </summary>
[Collection("postgis")]
public sealed class ExportDisclosureTests(PostGisFixture fixture) : IAsyncLifetime
{
    private ExportCliTests.ExportSample S = null!;

    public async Task InitializeAsync() => S = await ExportCliTests.SampleAsync(fixture);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void No_suppressed_value_of_the_coordinators_exports_can_be_worked_out() => AssertProtected("coordinator");

    [Fact]
    public void No_suppressed_value_of_the_partners_exports_can_be_worked_out() => AssertProtected("partner");

    [Fact]
    public void The_check_catches_a_release_with_primary_suppression_only()
    {
        if (!ExportSolver.Available()) return;
        // The coordinator's files with every complement ("..") replaced by the analyst's true value: then small counts follow
        // from the totals, and the solver must see it.
        var truth = Build("analyst", null).Values;
        var (solver, marks, _) = Build("coordinator", truth);
        var small = marks.Where(m => m.Value.StartsWith('<')).Select(m => m.Key).ToList();
        Assert.NotEmpty(small);
        var folder = Directory.CreateTempSubdirectory("geo-disclosure-").FullName;
        try
        {
            Assert.Contains(small, key =>
            {
                var (min, max) = solver.Range(key, folder);
                return max is { } hi && Math.Floor(hi) - Math.Ceiling(min) < 1;
            });
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private void AssertProtected(string role)
    {
        if (!ExportSolver.Available()) return;
        var (solver, marks, _) = Build(role, null);
        Assert.True(solver.Equations > 100, $"only {solver.Equations} equations");
        Assert.Contains(marks.Values, m => m.StartsWith('<'));
        var folder = Directory.CreateTempSubdirectory("geo-disclosure-").FullName;
        var failures = new List<string>();
        try
        {
            Parallel.ForEach(marks, new ParallelOptions { MaxDegreeOfParallelism = 2 }, m =>
            {
                var (min, max) = solver.Range(m.Key, folder);
                var lo = Math.Ceiling(min - 1e-6);
                var hi = max is { } h ? Math.Floor(h + 1e-6) : double.PositiveInfinity;
                var bad = m.Value.StartsWith('<') ? hi - lo < 1 : hi - lo < 1;
                if (bad) lock (failures) failures.Add($"{m.Key} shown as {m.Value} lies in [{min}, {max}]");
            });
        }
        finally
        {
            Directory.Delete(folder, true);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {marks.Count} suppressed values can be worked out:\n" + string.Join("\n", failures.Take(30)));
    }

    private sealed record Model(ExportSolver Solver, Dictionary<string, string> Marks, Dictionary<string, string> Values);

    /// <summary>
    /// The attacker's system over <paramref name="role"/>'s CSV files and its suppressed cells (key → mark); Values holds
    /// every exported count's text. With <paramref name="reveal"/>, ".." cells are replaced by those values (a release with
    /// primary suppression only).
    /// </summary>
    private Model Build(string role, IReadOnlyDictionary<string, string>? reveal)
    {
        const int k = ExportCliTests.K;
        var solver = new ExportSolver();
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] periods = ["main", "compare"];
        void Cell(string key, string text)
        {
            if (text == ".." && reveal is not null && reveal.TryGetValue(key, out var truth)) text = truth;
            if (!solver.Cell(key, text, k)) return;
            values[key] = text;
            if (text == ".." || text.StartsWith('<')) marks[key] = text;
        }
        string Label(string period) => period == "main" ? "Händelser" : "Händelser jämförelseperioden";
        ExportCsv Csv(string what) => ExportCsv.Read(S.Get(role, what, "csv").Path);
        var runSet = "deso";
        using (var meta = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(S.Get(role, "indicators", "csv").Path, ".metadata.json"))))
            if (meta.RootElement.TryGetProperty("area_set", out var set) && set.GetString() is { } name) runSet = name;

        // Indicators: the run's areas and the study area per group and period; groups sum to the total.
        var indicators = Csv("indicators");
        var groups = new SortedSet<string>(StringComparer.Ordinal);
        var areaCodes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in indicators.Rows)
        {
            var code = indicators.Cell(row, "Områdeskod");
            var group = indicators.Cell(row, "Brottsgrupp (kod)");
            var set = code == "*" ? "*" : runSet;
            if (group != "total") groups.Add(group);
            if (code != "*") areaCodes.Add(code);
            foreach (var p in periods) Cell($"{set}|{code}|{group}|{p}", indicators.Cell(row, Label(p)));
        }
        foreach (var code in areaCodes.Append("*"))
        foreach (var p in periods)
        {
            var set = code == "*" ? "*" : runSet;
            if (solver.Has($"{set}|{code}|total|{p}"))
                solver.Sum($"{set}|{code}|total|{p}", groups.Select(g => $"{set}|{code}|{g}|{p}").Where(solver.Has), $"groups of {code} {p}");
        }
        // The run's areas per group sum to the study area's, with the rest outside (or left out) unknown; the rests sum over groups too.
        foreach (var p in periods)
        {
            foreach (var g in groups.Append("total"))
            {
                solver.Free($"rest|{g}|{p}");
                solver.Sum($"*|*|{g}|{p}", areaCodes.Select(c => $"{runSet}|{c}|{g}|{p}").Where(solver.Has).Append($"rest|{g}|{p}"), $"{runSet} {g} {p}");
            }
            solver.Sum($"rest|total|{p}", groups.Select(g => $"rest|{g}|{p}"), $"rest {p}");
        }

        // Areas: every set's totals; children sum to their parent; a set without parents sums to the study area with an unknown rest.
        var areas = Csv("areas");
        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var topLevel = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in areas.Rows)
        {
            var set = areas.Cell(row, "Områdesindelning");
            var code = areas.Cell(row, "Områdeskod");
            sets[code] = set;
            foreach (var p in periods) Cell($"{set}|{code}|total|{p}", areas.Cell(row, Label(p)));
            if (set == "*" || code == "outside") continue;
            var parent = areas.Cell(row, "Ingår i");
            if (!string.IsNullOrEmpty(parent) && parent != "*") (children.TryGetValue(parent, out var l) ? l : children[parent] = []).Add(code);
            else (topLevel.TryGetValue(set, out var t) ? t : topLevel[set] = []).Add(code);
        }
        var partner = role == "partner";
        foreach (var p in periods)
        {
            foreach (var (parent, kids) in children)
            {
                if (!sets.TryGetValue(parent, out var parentSet)) continue;
                var parts = kids.Select(c => $"{sets[c]}|{c}|total|{p}").ToList();
                // A partner does not get areas below the threshold: what they hold is an unknown rest.
                if (partner) { solver.Free($"left|{parent}|{p}"); parts.Add($"left|{parent}|{p}"); }
                solver.Sum($"{parentSet}|{parent}|total|{p}", parts, $"{parent} {p}");
            }
            // The incidents in no area: the areas export's study-area row 'outside' when it has one, else an unknown rest.
            var outside = solver.Has($"*|outside|total|{p}") ? $"*|outside|total|{p}" : null;
            if (outside is not null) solver.Sum(outside, [$"rest|total|{p}"], $"outside {p}");
            foreach (var (set, codes) in topLevel)
            {
                var rest = outside ?? $"rest:{set}|{p}";
                solver.Free(rest);
                solver.Sum($"*|*|total|{p}", codes.Select(c => $"{set}|{c}|total|{p}").Append(rest), $"{set} {p}");
            }
        }

        // Hotspots are the sum of their cells (when the role gets cells).
        var hotspots = Csv("hotspots");
        foreach (var row in hotspots.Rows)
        {
            var id = hotspots.Cell(row, "Brännpunkt");
            foreach (var p in periods) Cell($"hot|{id}|{p}", hotspots.Cell(row, Label(p)));
        }
        if (!partner)
        {
            var cells = Csv("cells");
            var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var row in cells.Rows)
            {
                var id = cells.Cell(row, "Cell");
                Cell($"cell|{id}", cells.Cell(row, "Händelser"));
                var h = cells.Cell(row, "Brännpunkt");
                if (!string.IsNullOrEmpty(h)) (members.TryGetValue(h, out var l) ? l : members[h] = []).Add($"cell|{id}");
            }
            foreach (var (h, ids) in members) solver.Sum($"hot|{h}|main", ids, $"hotspot {h}");

            // Priorities and the plan hold no counts but marks: none of their values may be a small count.
            var plan = Csv("plan");
            foreach (var row in plan.Rows)
                Assert.False(ExportCsv.Number(plan.Cell(row, "Utgångsvärde")) is > 0 and < k, "a plan baseline is a small count");
            Assert.NotEmpty(Csv("priorities").Rows);
        }
        return new Model(solver, marks, values);
    }
}
