using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Geo.Analysis.Inference;
using Geo.Analysis.Statistics;
using Geo.Analysis.Weights;
using Geo.Cli.Output;
using Geo.Import.Formats;
using NetTopologySuite.Geometries;

namespace Geo.Cli.Commands.Stats;

/// <summary><c>geo stats moran|gistar|lisa</c>: spatial autocorrelation on a file, without the database (as GeoDa).</summary>
public static class StatsCommand
{
    public static Command Build()
    {
        var cmd = new Command("stats",
            "Spatial statistics on a GeoJSON or CSV file, without the database (check any layer the way GeoDa does).");
        cmd.Subcommands.Add(Moran());
        cmd.Subcommands.Add(Local("gistar",
            "Local Getis-Ord Gi* hot/cold spots. Weights include self (WeightsTransform.WithSelf, w_ii = 1) and are then " +
            "row-standardised: spdep localG with include.self() and style \"W\".", star: true));
        cmd.Subcommands.Add(Local("lisa",
            "Local Moran's I (LISA) clusters and outliers with row-standardised weights (spdep localmoran, style \"W\").", star: false));
        return cmd;
    }

    private sealed class Common
    {
        public readonly Option<FileInfo> Input = new("--input") { Description = "GeoJSON (polygons or points) or CSV with x,y columns.", Required = true };
        public readonly Option<string> Field = new("--field") { Description = "Numeric field to analyse.", Required = true };
        public readonly Option<string?> IdField = new("--id-field") { Description = "Field identifying each row (default: 1-based row number); also matches GAL ids." };
        public readonly Option<string> Weights = new("--weights") { Description = "queen | rook (polygons), knn:K | band:METRES (points; polygon centroids), or FILE.gal. Default: queen for polygons, knn:8 for points." };
        public readonly Option<int> Permutations = new("--permutations") { Description = "Conditional/total permutations for pseudo p-values (0: none).", DefaultValueFactory = _ => 999 };
        public readonly Option<ulong> Seed = new("--seed") { Description = "Seed of the permutations (reproducible results).", DefaultValueFactory = _ => 42 };
        public readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout." };

        public void AddTo(Command c)
        {
            c.Options.Add(Input); c.Options.Add(Field); c.Options.Add(IdField); c.Options.Add(Weights);
            c.Options.Add(Permutations); c.Options.Add(Seed); c.Options.Add(Json);
        }
    }

    private static Command Moran()
    {
        var o = new Common();
        var cmd = new Command("moran", "Global Moran's I with row-standardised weights: z and p under randomisation, permutation pseudo p.");
        o.AddTo(cmd);
        cmd.SetAction(p =>
        {
            var data = Layer.Load(p.GetValue(o.Input)!.FullName, p.GetValue(o.Field)!, p.GetValue(o.IdField));
            var perms = Check(p.GetValue(o.Permutations));
            var seed = p.GetValue(o.Seed);
            var (w, desc) = BuildWeights(data, p.GetValue(o.Weights), p.GetValue(o.IdField));
            Console.Error.WriteLine($"weights: {desc}, row-standardised; permutations: {perms}; seed: {seed}");
            var r = GlobalMoran.Compute(data.Values, WeightsTransform.RowStandardise(w), perms, seed);
            if (p.GetValue(o.Json))
                Json.Write(new MoranJson(r.Statistic, r.Expected, r.Variance, r.Z, r.P, r.PseudoP, r.Permutations, r.Seed));
            else
            {
                Console.WriteLine($"Moran's I of {data.Field} in {Path.GetFileName(data.File)} (n = {data.Values.Length}, {desc})");
                Console.WriteLine($"  I          {r.Statistic:G9}");
                Console.WriteLine($"  E[I]       {r.Expected:G9}");
                Console.WriteLine($"  Var[I]     {r.Variance:G9}");
                Console.WriteLine($"  z          {r.Z:G9}");
                Console.WriteLine($"  p (normal) {r.P:G6}");
                if (r.PseudoP is { } pp) Console.WriteLine($"  pseudo p   {pp:G6} ({r.Permutations} permutations, seed {r.Seed})");
            }
            return 0;
        });
        return cmd;
    }

    private static Command Local(string name, string description, bool star)
    {
        var o = new Common();
        var alpha = new Option<double>("--alpha") { Description = "Significance level of the classes.", DefaultValueFactory = _ => 0.05 };
        var fdr = new Option<bool>("--fdr") { Description = "Benjamini-Hochberg false discovery rate correction (the default)." };
        var bonf = new Option<bool>("--bonferroni") { Description = "Bonferroni correction." };
        var holm = new Option<bool>("--holm") { Description = "Holm step-down correction." };
        var none = new Option<bool>("--no-adjust") { Description = "No multiple-testing correction." };
        var outFile = new Option<FileInfo?>("--out") { Description = "Write the rows to FILE.csv (id,statistic,z,p,pseudo_p,p_adjusted,class)." };
        var cmd = new Command(name, description);
        o.AddTo(cmd);
        cmd.Options.Add(alpha); cmd.Options.Add(fdr); cmd.Options.Add(bonf); cmd.Options.Add(holm); cmd.Options.Add(none); cmd.Options.Add(outFile);
        cmd.SetAction(p =>
        {
            var flags = new[] { (p.GetValue(fdr), Correction.BenjaminiHochberg), (p.GetValue(bonf), Correction.Bonferroni), (p.GetValue(holm), Correction.Holm), (p.GetValue(none), Correction.None) }
                .Where(f => f.Item1).Select(f => f.Item2).ToList();
            if (flags.Count > 1) throw new ArgumentException("choose one of --fdr, --bonferroni, --holm, --no-adjust.");
            var correction = flags.Count == 1 ? flags[0] : Correction.BenjaminiHochberg;
            var a = p.GetValue(alpha);
            if (!(a > 0 && a < 1)) throw new ArgumentException($"--alpha must be between 0 and 1, got {a}.");
            var data = Layer.Load(p.GetValue(o.Input)!.FullName, p.GetValue(o.Field)!, p.GetValue(o.IdField));
            var perms = Check(p.GetValue(o.Permutations));
            var seed = p.GetValue(o.Seed);
            var (w, desc) = BuildWeights(data, p.GetValue(o.Weights), p.GetValue(o.IdField));
            Console.Error.WriteLine($"weights: {desc}{(star ? " with self" : "")}, row-standardised; permutations: {perms}; seed: {seed}; " +
                                    $"correction: {Name(correction)}; alpha: {a.ToString(CultureInfo.InvariantCulture)}");
            var r = star
                ? LocalGetisOrd.Compute(data.Values, WeightsTransform.RowStandardise(WeightsTransform.WithSelf(w)), true, perms, seed, a, correction)
                : LocalMoran.Compute(data.Values, WeightsTransform.RowStandardise(w), perms, seed, a, correction);
            var rows = Enumerable.Range(0, r.Count).Select(i => new LocalJson(
                data.Ids is null ? i + 1 : data.Ids[i], Num(r.Statistic[i]), Num(r.Z[i]), Num(r.P[i]),
                r.PseudoP is null ? null : Num(r.PseudoP[i]), Num(r.PAdjusted[i]), ClassName(r.Class[i]))).ToList();
            if (p.GetValue(outFile) is { } f)
            {
                WriteCsv(f.FullName, rows);
                Console.Error.WriteLine($"wrote {rows.Count} rows to {f.FullName}");
            }
            if (p.GetValue(o.Json)) Json.Write(rows);
            else if (p.GetValue(outFile) is null)
            {
                Console.WriteLine($"{"id",-12} {"statistic",14} {"z",10} {"p",10} {"pseudo_p",10} {"p_adjusted",10} class");
                foreach (var row in rows)
                    Console.WriteLine($"{row.Id,-12} {F(row.Statistic),14} {F(row.Z),10} {F(row.P),10} {F(row.PseudoP),10} {F(row.PAdjusted),10} {row.Class}");
            }
            if (!p.GetValue(o.Json))
                Console.Error.WriteLine(string.Join(", ", rows.GroupBy(x => x.Class).Select(g => $"{g.Key}: {g.Count()}")));
            return 0;
        });
        return cmd;
    }

    private static int Check(int permutations) =>
        permutations >= 0 ? permutations : throw new ArgumentException($"--permutations must be 0 or more, got {permutations}.");

    private static string F(double? v) => v is { } d ? d.ToString("G6", CultureInfo.InvariantCulture) : "";
    private static double? Num(double v) => double.IsFinite(v) ? v : null;

    private static string Name(Correction c) => c switch
    {
        Correction.BenjaminiHochberg => "fdr (Benjamini-Hochberg)",
        Correction.Bonferroni => "bonferroni",
        Correction.Holm => "holm",
        _ => "none",
    };

    private static string ClassName(LocalClass c) => c switch
    {
        LocalClass.NotSignificant => "not-significant",
        LocalClass.Hot => "hot",
        LocalClass.Cold => "cold",
        LocalClass.HighHigh => "high-high",
        LocalClass.LowLow => "low-low",
        LocalClass.HighLow => "high-low",
        LocalClass.LowHigh => "low-high",
        _ => c.ToString(),
    };

    private static void WriteCsv(string path, List<LocalJson> rows)
    {
        var sb = new StringBuilder("id,statistic,z,p,pseudo_p,p_adjusted,class\n");
        foreach (var r in rows)
        {
            var id = Convert.ToString(r.Id, CultureInfo.InvariantCulture) ?? "";
            if (id.IndexOfAny([',', '"', '\n', '\r']) >= 0) id = "\"" + id.Replace("\"", "\"\"") + "\"";
            sb.Append(id).Append(',').Append(R(r.Statistic)).Append(',').Append(R(r.Z)).Append(',').Append(R(r.P)).Append(',')
              .Append(R(r.PseudoP)).Append(',').Append(R(r.PAdjusted)).Append(',').Append(r.Class).Append('\n');
        }
        File.WriteAllText(path, sb.ToString());
        static string R(double? v) => v is { } d ? d.ToString("R", CultureInfo.InvariantCulture) : "";
    }

    private static (SpatialWeights W, string Description) BuildWeights(Layer data, string? spec, string? idField)
    {
        var n = data.Values.Length;
        var defaulted = spec is null;
        spec ??= data.Polygons is not null ? "queen" : $"knn:{Math.Min(8, n - 1)}";
        var (w, desc) = BuildWeights(data, spec.Trim(), idField, n);
        return (w, defaulted ? desc + " (default)" : desc);
    }

    private static (SpatialWeights W, string Description) BuildWeights(Layer data, string s, string? idField, int n)
    {
        var spec = s;
        if (s.Equals("queen", StringComparison.OrdinalIgnoreCase) || s.Equals("rook", StringComparison.OrdinalIgnoreCase))
        {
            if (data.Polygons is null) throw new ArgumentException($"--weights {s} needs polygons, but {data.File} has points; use knn:K or band:METRES.");
            var rule = s.Equals("queen", StringComparison.OrdinalIgnoreCase) ? ContiguityRule.Queen : ContiguityRule.Rook;
            return (ContiguityWeights.FromPolygons(data.Polygons, rule), $"{s.ToLowerInvariant()} contiguity");
        }
        if (s.StartsWith("knn:", StringComparison.OrdinalIgnoreCase))
        {
            if (!int.TryParse(s[4..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) || k < 1 || k >= n)
                throw new ArgumentException($"--weights {s}: K must be a whole number from 1 to {n - 1}.");
            return (DistanceWeights.KNearest(data.Points, k), $"{k} nearest neighbours{(data.Polygons is null ? "" : " of polygon centroids")}");
        }
        if (s.StartsWith("band:", StringComparison.OrdinalIgnoreCase))
        {
            if (!double.TryParse(s[5..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !(d > 0) || !double.IsFinite(d))
                throw new ArgumentException($"--weights {s}: METRES must be a positive number.");
            return (DistanceWeights.Band(data.Points, d), $"distance band {d.ToString(CultureInfo.InvariantCulture)} m{(data.Polygons is null ? "" : " between polygon centroids")}");
        }
        if (s.EndsWith(".gal", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(s)) throw new FileNotFoundException($"weights file {s} not found.", s);
            GalResult gal;
            using (var reader = new StreamReader(s)) gal = GalReader.Read(reader, s);
            if (gal.Weights.Count != n)
                throw new ArgumentException($"{s} has {gal.Weights.Count} locations but {data.File} has {n} rows.");
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
        throw new ArgumentException($"unknown --weights {spec}: use queen, rook, knn:K, band:METRES or FILE.gal.");
    }

    /// <summary>Drops a zero fraction ("1.0" → "1", as GeoJSON numbers often carry); codes such as "0180" stay as they are.</summary>
    private static string Canon(string id)
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

    private sealed record MoranJson(double Statistic, double Expected, double Variance, double Z, double P, double? PseudoP, int Permutations, ulong? Seed);

    private sealed record LocalJson(
        [property: JsonPropertyName("id")] object Id,
        [property: JsonPropertyName("statistic")] double? Statistic,
        [property: JsonPropertyName("z")] double? Z,
        [property: JsonPropertyName("p")] double? P,
        [property: JsonPropertyName("pseudo_p")] double? PseudoP,
        [property: JsonPropertyName("p_adjusted")] double? PAdjusted,
        [property: JsonPropertyName("class")] string Class);

    /// <summary>The analysed field, optional ids and the geometry of each row of a file.</summary>
    private sealed record Layer(string File, string Field, double[] Values, string[]? Ids, List<Geometry>? Polygons, List<(double X, double Y)> Points)
    {
        public static Layer Load(string path, string field, string? idField)
        {
            if (!System.IO.File.Exists(path)) throw new FileNotFoundException($"input file {path} not found.", path);
            using var reader = FeatureReaders.Open(path);
            var fi = IndexOf(reader, field, "--field", path);
            var ii = idField is null ? -1 : IndexOf(reader, idField, "--id-field", path);
            int xi = -1, yi = -1;
            if (!reader.HasGeometry)
            {
                xi = Find(reader.Fields, "x", "lon", "longitude", "easting", "e");
                yi = Find(reader.Fields, "y", "lat", "latitude", "northing", "n");
                if (xi < 0 || yi < 0)
                    throw new ArgumentException($"{path} has no geometry and no x,y columns; fields: {string.Join(", ", reader.Fields)}.");
            }
            var values = new List<double>();
            var ids = idField is null ? null : new List<string>();
            var polys = new List<Geometry>();
            var points = new List<(double, double)>();
            var allPolygons = reader.HasGeometry;
            foreach (var row in reader.Read())
            {
                values.Add(Number(reader, row, fi, field, path, required: true));
                ids?.Add(Canon(row.Text(ii)));
                if (reader.HasGeometry)
                {
                    if (row.GeometryError is { } err) throw new InvalidDataException($"{path} row {row.Row}: unparsable geometry: {err}");
                    var g = row.Geometry ?? throw new InvalidDataException($"{path} row {row.Row}: the feature has no geometry.");
                    if (g is Polygon or MultiPolygon) { polys.Add(g.Copy()); var c = g.Centroid; points.Add((c.X, c.Y)); }
                    else if (g is Point pt) { allPolygons = false; points.Add((pt.X, pt.Y)); }
                    else throw new InvalidDataException($"{path} row {row.Row}: {g.GeometryType} geometry; stats needs polygons or points.");
                }
                else points.Add((Number(reader, row, xi, reader.Fields[xi], path, true), Number(reader, row, yi, reader.Fields[yi], path, true)));
            }
            if (values.Count < 4) throw new ArgumentException($"{path} has {values.Count} rows; spatial statistics need at least 4.");
            if (allPolygons && polys.Count != values.Count) allPolygons = false;
            return new Layer(path, field, values.ToArray(), ids?.ToArray(), allPolygons ? polys : null, points);
        }

        private static int IndexOf(IFeatureReader reader, string name, string option, string path)
        {
            for (var i = 0; i < reader.Fields.Count; i++) if (reader.Fields[i] == name) return i;
            for (var i = 0; i < reader.Fields.Count; i++) if (string.Equals(reader.Fields[i], name, StringComparison.OrdinalIgnoreCase)) return i;
            throw new ArgumentException($"{option} {name}: no such field in {path}; fields: {string.Join(", ", reader.Fields)}.");
        }

        private static int Find(IReadOnlyList<string> fields, params string[] names)
        {
            foreach (var n in names)
                for (var i = 0; i < fields.Count; i++)
                    if (string.Equals(fields[i].Trim(), n, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }

        private static double Number(IFeatureReader reader, FeatureRow row, int i, string field, string path, bool required)
        {
            var text = row.Span(i).Trim().ToString();
            if (reader.DecimalSeparator == ',') text = text.Replace(',', '.');
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)) return v;
            var shown = row.IsNull(i) || text.Length == 0 ? "an empty value" : $"\"{row.Text(i)}\"";
            throw new InvalidDataException($"{path} row {row.Row}: field {field} has {shown}, not a number.");
        }
    }
}
