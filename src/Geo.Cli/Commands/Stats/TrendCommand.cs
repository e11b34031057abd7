using System.CommandLine;
using System.Globalization;
using Geo.Analysis.Inference;
using Geo.Analysis.SpaceTime;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats trend</c>: Mann–Kendall trend of the event counts per time step in every grid cell.</summary>
internal static class TrendCommand
{
    public static Command Build()
    {
        var o = new SpaceTimeOptions();
        var cmd = new Command("trend",
            "Mann-Kendall trend test (tie-corrected variance) of each grid cell's counts per time step, with one multiple-testing " +
            "correction over the cells; rows: statistic = Kendall's S, z, p, p_adjusted, class increasing | decreasing | no-trend. " +
            "Cells without events are not tested. The whole area's series is summarised on stderr.");
        o.AddTo(cmd);
        cmd.SetAction(p =>
        {
            var correction = o.Significance.Correction(p);
            var alpha = o.Significance.AlphaValue(p);
            RowOutput.Kind(p.GetValue(o.Out), ".csv", ".geojson");
            var (g, cube) = o.Load(p);
            var n = g.Grid.Count;
            var series = Enumerable.Range(0, n).Select(cube.Series).ToArray();
            var whole = new double[cube.Steps];
            var results = new MannKendallResult?[n];
            var pv = new double[n];
            for (var c = 0; c < n; c++)
            {
                var s = series[c];
                for (var t = 0; t < s.Length; t++) whole[t] += s[t];
                if (g.Counts[c] == 0) { pv[c] = double.NaN; continue; }
                results[c] = MannKendall.Test(s);
                pv[c] = results[c]!.P;
            }
            var adjusted = MultipleTesting.Adjust(pv, correction);
            var tested = results.Count(r => r is not null);
            Console.Error.WriteLine($"tested: {tested} cells with events ({n - tested} without); correction: {SignificanceOptions.Name(correction)} over the tested cells; " +
                                    $"alpha: {alpha.ToString(CultureInfo.InvariantCulture)}");
            var area = MannKendall.Test(whole);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"whole area: S = {area.S}, z = {area.Z:0.###}, p = {area.P:G4}: {(area.P <= alpha && area.Trend > 0 ? "increasing" : area.P <= alpha && area.Trend < 0 ? "decreasing" : "no trend")} " +
                $"({whole.Sum():0.#} {(g.Points.Weight is null ? "events" : "weight")} in {cube.Steps} steps, first {whole[0]:0.#}, last {whole[^1]:0.#})"));
            var rows = Enumerable.Range(0, n).Select(c => results[c] is { } r
                ? new LocalRow(c, r.S, r.Z, r.P, null, LocalRow.Num(adjusted[c]),
                    adjusted[c] <= alpha && r.Trend > 0 ? "increasing" : adjusted[c] <= alpha && r.Trend < 0 ? "decreasing" : "no-trend")
                : new LocalRow(c, null, null, null, null, null, "no-trend")).ToList();
            RowOutput.Emit(rows, p.GetValue(o.Out), p.GetValue(o.Json), i => g.Grid.CellPolygons[i],
                g.CellProperties,
                () => GeoJsonCrs.Read(g.Points.File, g.Points.DeclaredSrid));
            return 0;
        });
        return cmd;
    }
}
