using System.Globalization;
using Geo.Core.Text;
using Geo.Analysis.Grids;
using Geo.Analysis.Weights;

namespace Geo.Planning.Stats;

/// <summary>Parses <c>--weights queen|rook|knn:K|band:METRES|FILE.gal|FILE.gwt</c> into spatial weights of a layer or a grid (GeoDa's GAL and GWT files).</summary>
public static class WeightsSpec
{
    /// <summary>The weights of <paramref name="data"/>; on a grid (<paramref name="grid"/> not null) queen/rook are the grid's cell contiguity.</summary>
    public static (SpatialWeights W, string Description) Build(ValueLayer data, string? spec, string? idField, HotspotGrid? grid = null)
    {
        var n = data.Values.Length;
        var defaulted = spec is null;
        spec ??= grid is not null ? "queen" : data.Polygons is not null ? "queen" : $"knn:{Math.Min(8, n - 1)}";
        var (w, desc) = Build(data, spec.Trim(), idField, n, grid);
        return (w, defaulted ? desc + " (default)" : desc);
    }

    private static (SpatialWeights W, string Description) Build(ValueLayer data, string s, string? idField, int n, HotspotGrid? grid)
    {
        var spec = s;
        if (s.Equals("queen", StringComparison.OrdinalIgnoreCase) || s.Equals("rook", StringComparison.OrdinalIgnoreCase))
        {
            var rule = s.Equals("queen", StringComparison.OrdinalIgnoreCase) ? ContiguityRule.Queen : ContiguityRule.Rook;
            if (grid is not null)
                return (grid.Weights(rule), grid.Shape == GridShape.Hexagonal ? "hexagonal neighbours (6) of the grid cells" : $"{s.ToLowerInvariant()} contiguity of the grid cells");
            if (data.Polygons is null) throw new ArgumentException($"--weights {s} needs polygons, but {data.File} has points; use knn:K or band:METRES.");
            return (ContiguityWeights.FromPolygons(data.Polygons, rule), $"{s.ToLowerInvariant()} contiguity");
        }
        var of = grid is not null ? " of cell centres" : data.Polygons is null ? "" : " of polygon centroids";
        if (s.StartsWith("knn:", StringComparison.OrdinalIgnoreCase))
        {
            if (!NumberText.TryParseDigits(s.AsSpan(4).Trim(), out var k) || k < 1 || k >= n)
                throw new ArgumentException($"--weights {s}: K must be a whole number from 1 to {n - 1}.");
            return (DistanceWeights.KNearest(data.Points, k), $"{k} nearest neighbours{of}");
        }
        if (s.StartsWith("band:", StringComparison.OrdinalIgnoreCase))
        {
            if (!NumberText.TryParseDouble(s.AsSpan(5), out var d) || !(d > 0))
                throw new ArgumentException($"--weights {s}: METRES must be a positive number.");
            return (DistanceWeights.Band(data.Points, d), $"distance band {d.ToString(CultureInfo.InvariantCulture)} m{(grid is not null ? " between cell centres" : data.Polygons is null ? "" : " between polygon centroids")}");
        }
        if (s.EndsWith(".gal", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".gwt", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(s)) throw new FileNotFoundException($"weights file {s} not found.", s);
            GalResult gal;
            using (var reader = new StreamReader(s))
                gal = s.EndsWith(".gwt", StringComparison.OrdinalIgnoreCase) ? GwtReader.Read(reader, s) : GalReader.Read(reader, s);
            if (gal.Weights.Count != n)
                throw new ArgumentException($"{s} has {gal.Weights.Count} locations but {data.File} has {n} {(grid is null ? "rows" : "grid cells")}.");
            // Location index in the GAL -> row of the data.
            var map = new int[n];
            var byOrder = true;
            for (var i = 0; i < n; i++)
            {
                if (int.TryParse(gal.Ids[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 1 && v <= n) map[i] = v - 1;
                else { byOrder = false; break; }
            }
            if (byOrder && map.Distinct().Count() != n) byOrder = false;
            if (!byOrder)
            {
                if (data.Ids is null)
                    throw new ArgumentException($"the ids in {s} are not 1..{n}: pass --id-field to match them to a field of {data.File}.");
                var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var r = 0; r < n; r++) rowOf.TryAdd(Canon(data.Ids[r]), r);
                for (var i = 0; i < n; i++)
                    map[i] = rowOf.TryGetValue(Canon(gal.Ids[i]), out var r) ? r
                        : throw new ArgumentException($"id {gal.Ids[i]} of {s} is not a value of --id-field {idField} in {data.File}.");
                if (map.Distinct().Count() != n) throw new ArgumentException($"--id-field {idField} of {data.File} does not identify the rows of {s} one to one.");
            }
            return (Permute(gal.Weights, map), $"{Path.GetFileName(s)} ({(byOrder ? "ids 1..n" : "ids matched to " + idField)})");
        }
        throw new ArgumentException($"unknown --weights {spec}: use queen, rook, knn:K, band:METRES, FILE.gal or FILE.gwt.");
    }

    /// <summary>Drops a zero fraction ("1.0" → "1", as GeoJSON numbers often carry); codes such as "0180" stay as they are.</summary>
    public static string Canon(string id)
    {
        var t = id.Trim();
        var dot = t.IndexOf('.');
        return dot > 0 && t[(dot + 1)..].All(c => c == '0') && t[..dot].TrimStart('-').All(char.IsAsciiDigit) && t[..dot] != "-"
            ? t[..dot] : t;
    }

    private static SpatialWeights Permute(SpatialWeights w, int[] map)
    {
        var n = w.Count;
        var inverse = new int[n];
        for (var i = 0; i < n; i++) inverse[map[i]] = i;
        var offsets = new int[n + 1];
        var nb = new List<int>(w.NonZero);
        var vals = new List<double>(w.NonZero);
        for (var r = 0; r < n; r++)
        {
            var src = inverse[r];
            var pairs = new List<(int J, double V)>();
            var js = w.NeighboursOf(src);
            var ws = w.WeightsOf(src);
            for (var k = 0; k < js.Length; k++) pairs.Add((map[js[k]], ws[k]));
            pairs.Sort((a, b) => a.J.CompareTo(b.J));
            foreach (var (j, v) in pairs) { nb.Add(j); vals.Add(v); }
            offsets[r + 1] = nb.Count;
        }
        return new SpatialWeights(n, offsets, nb.ToArray(), vals.ToArray(), w.Kind);
    }
}
