using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Cli.Tests.Hostile;

/// <summary>
/// Writes the hostile inputs of the import (incidents, resources, areas; CSV, GeoJSON, GeoPackage, gzip) with what Geo
/// must do with each: broken and cut-short containers, bombs, non-regular files, encodings, delimiters, quotes, NUL bytes,
/// huge fields, empty and header-only files, missing and duplicate columns, repeated ids, ragged rows, absurd and swapped
/// coordinates, implausible and ambiguous dates, DST, unknown categories, injection strings in every text field, personal
/// data, invalid geometries, CRS problems, options that make no sense. Study area <see cref="Code"/> is a 20 km square.
/// </summary>
public static class HostileCorpus
{
    public const string Code = "H1";
    public const double X0 = 800_000, Y0 = 7_270_000, Size = 20_000;
    private const string Header = "source_id,occurred_at,category,x,y";
    private const int Good = 200;

    /// <summary>Injection strings tried in every text field.</summary>
    public static readonly string[] Injections =
    [
        "'; DROP TABLE incident; --",
        "\" OR 1=1; DELETE FROM import_batch; --",
        "$1); SELECT pg_sleep(10); --",
        "<script>alert('x')</script>",
        "%s%s%s%n{0}{{7*7}}",
        "=HYPERLINK(\"http://evil\")",
        "\u202Efdp.exe",
        "../../../../etc/passwd",
    ];

    /// <summary>The study area's boundary (GeoJSON in EPSG:3006).</summary>
    public static string Boundary(string dir)
    {
        var path = Path.Combine(dir, "boundary.geojson");
        var ring = string.Create(CultureInfo.InvariantCulture, $"[[[{X0},{Y0}],[{X0 + Size},{Y0}],[{X0 + Size},{Y0 + Size}],[{X0},{Y0 + Size}],[{X0},{Y0}]]]");
        File.WriteAllText(path, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[" +
            "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + Code + "\",\"name\":\"Hostile\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + ring + "}}]}");
        return path;
    }

    private static string GoodRow(string id, int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{id},2024-05-{1 + i % 28:00}T{i % 24:00}:15,{(i % 2 == 0 ? "violence.assault" : "vandalism.graffiti")},{X0 + 100 + i * 37 % 19_000},{Y0 + 100 + i * 53 % 19_000}");

    private static IEnumerable<string> GoodRows(string prefix) => Enumerable.Range(1, Good).Select(i => GoodRow($"{prefix}{i}", i));

    public static List<HostileCase> Build(string dir)
    {
        var cases = new List<HostileCase>();
        var files = Path.Combine(dir, "files");
        Directory.CreateDirectory(files);
        string P(string name) => Path.Combine(files, name);

        void Add(string name, string kind, string file, HostileOutcome outcome, string[] mentions, long? row = null, string? field = null, long loaded = 0, params string[] args) =>
            cases.Add(new HostileCase(name, kind, file, args, outcome, mentions, row, field, loaded));

        string Write(string name, string text, Encoding? encoding = null)
        {
            File.WriteAllText(P(name), text, encoding ?? new UTF8Encoding(false));
            return P(name);
        }

        string Lines(string name, IEnumerable<string> lines, string newline = "\n") => Write(name, string.Join(newline, lines) + newline);

        // 200 good rows, then one bad row (row 201): the good rows load, the bad one is reported.
        void BadRow(string name, string bad, string field, string[] mentions, long loaded = Good, params string[] args)
        {
            var file = Lines(name + ".csv", new[] { Header }.Concat(GoodRows(name + "-")).Append(bad));
            Add(name, "incidents", file, HostileOutcome.Loaded, mentions, Good + 1, field, loaded, args);
        }

        // ---- Containers and files --------------------------------------------------------------------------------
        Add("empty", "incidents", Write("empty.csv", ""), HostileOutcome.Refused, ["empty"]);
        Add("header-only", "incidents", Write("header-only.csv", Header + "\n"), HostileOutcome.Refused, ["no data rows"]);
        Directory.CreateDirectory(P("a-directory.csv"));
        Add("directory", "incidents", P("a-directory.csv"), HostileOutcome.Refused, ["directory"]);
        if (File.Exists("/dev/zero")) Add("dev-zero", "incidents", "/dev/zero", HostileOutcome.Refused, ["not a regular file"]);
        using (var mk = Process.Start("mkfifo", P("fifo.csv"))) mk.WaitForExit();
        Add("fifo", "incidents", P("fifo.csv"), HostileOutcome.Refused, ["not a regular file"]);
        Add("missing-file", "incidents", P("nowhere.csv"), HostileOutcome.Refused, ["not found"]);
        var whole = Lines("whole.csv", new[] { Header }.Concat(GoodRows("w")));
        var gz = Gzip(whole, P("truncated.csv.gz"));
        var bytes = File.ReadAllBytes(gz);
        File.WriteAllBytes(gz, bytes[..(bytes.Length * 2 / 3)]);
        Add("gzip-truncated", "incidents", gz, HostileOutcome.Refused, ["truncated or corrupt"]);
        File.WriteAllBytes(P("garbage.csv.gz"), [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, .. Encoding.ASCII.GetBytes(new string('x', 500))]);
        Add("gzip-garbage", "incidents", P("garbage.csv.gz"), HostileOutcome.Refused, ["gzip"]);
        Add("gzip-two-members", "incidents", TwoMembers(whole, P("two-members.csv.gz")), HostileOutcome.Refused, ["several gzip members"]);
        Add("gzip-bomb", "incidents", Bomb(P("bomb.csv.gz")), HostileOutcome.Refused, ["decompression bomb"]);
        Add("gzip-ok", "incidents", Gzip(Lines("ok-gz.csv", new[] { Header }.Concat(GoodRows("gz"))), P("ok.csv.gz")), HostileOutcome.Loaded, [], loaded: Good);
        Add("cut-mid-row", "incidents", Write("cut.csv", Header + "\n" + string.Join("\n", GoodRows("c")) + "\nc201,2024-05-02T10:15,vandalism,8000"),
            HostileOutcome.Refused, ["cut short"], row: Good + 1);
        Add("unterminated-quote", "incidents", Write("quote.csv", Header + "\n" + string.Join("\n", GoodRows("q")) + "\nq201,\"2024-05-02T10:15,vandalism,800100,7270100\n"),
            HostileOutcome.Refused, ["unterminated quoted field"]);
        var random = new Random(7);
        var garbage = new byte[4096];
        random.NextBytes(garbage);
        File.WriteAllBytes(P("binary.csv"), garbage);
        Add("binary-garbage", "incidents", P("binary.csv"), HostileOutcome.Refused, []);
        File.WriteAllBytes(P("zip-named.csv"), [0x50, 0x4B, 3, 4, .. garbage[..200]]);
        Add("zip-named-csv", "incidents", P("zip-named.csv"), HostileOutcome.Refused, []);
        Add("numbers-header", "incidents", Lines("numbers.csv", ["1,2,3,4,5", "6,7,8,9,10"]), HostileOutcome.Refused, ["holds numbers"]);
        Add("duplicate-columns", "incidents", Lines("dupcols.csv", [Header + ",x", GoodRow("d1", 1) + ",1"]), HostileOutcome.Refused, ["duplicate column name"]);
        Add("empty-column-name", "incidents", Lines("emptycol.csv", ["source_id,,category,x,y", "1,2024-05-01,vandalism,800100,7270100"]), HostileOutcome.Refused, ["empty name"]);
        foreach (var (column, i) in new[] { ("source_id", 0), ("occurred_at", 1), ("category", 2) })
        {
            var names = Header.Split(',').Where((_, k) => k != i);
            Add($"missing-{column}", "incidents", Lines($"missing-{column}.csv", [string.Join(',', names), "a,b,c,d"]), HostileOutcome.Refused, [$"missing column '{column}'"]);
        }
        Add("huge-record", "incidents", HugeRecord(P("huge.csv")), HostileOutcome.Refused, ["longer than"]);

        // ---- Encodings, delimiters, line ends, quotes ---------------------------------------------------------------
        Add("utf8-bom", "incidents", Write("bom.csv", "\uFEFF" + Header + "\n" + string.Join("\n", GoodRows("b")) + "\n", new UTF8Encoding(false)), HostileOutcome.Loaded, [], loaded: Good);
        Add("latin1", "incidents", Write("latin1.csv", Header + ",plats\n" + string.Join("\n", GoodRows("l").Select(r => r + ",Gärdsgårdsvägen")) + "\n", Encoding.Latin1),
            HostileOutcome.Loaded, [], loaded: Good, args: ["--keep-attributes", "plats"]);
        Add("utf16", "incidents", Write("utf16.csv", Header + "\n" + string.Join("\n", GoodRows("u")) + "\n", new UnicodeEncoding(false, true)), HostileOutcome.Loaded, [], loaded: Good);
        Add("semicolon-decimal-comma", "incidents", Lines("semicolon.csv", new[] { Header.Replace(',', ';') }.Concat(GoodRows("s").Select(SemicolonDecimalComma))), HostileOutcome.Loaded, [], loaded: Good);
        Add("tab", "incidents", Lines("tab.tsv", new[] { Header.Replace(',', '\t') }.Concat(GoodRows("t").Select(r => r.Replace(',', '\t')))), HostileOutcome.Loaded, [], loaded: Good);
        Add("pipe", "incidents", Lines("pipe.csv", new[] { Header.Replace(',', '|') }.Concat(GoodRows("p").Select(r => r.Replace(',', '|')))), HostileOutcome.Loaded, [], loaded: Good);
        Add("crlf", "incidents", Lines("crlf.csv", new[] { Header }.Concat(GoodRows("r")), "\r\n"), HostileOutcome.Loaded, [], loaded: Good);
        Add("cr-only", "incidents", Lines("cr.csv", new[] { Header }.Concat(GoodRows("k")), "\r"), HostileOutcome.Loaded, [], loaded: Good);
        Add("blank-lines", "incidents", Lines("blank.csv", new[] { Header, "" }.Concat(GoodRows("e").SelectMany(r => new[] { r, "" }))), HostileOutcome.Loaded, [], loaded: Good);
        static string QuoteAll(string row) => string.Join(',', row.Split(',').Select(Quote));
        Add("all-quoted", "incidents", Lines("quoted.csv", new[] { QuoteAll(Header) }.Concat(GoodRows("aq").Select(QuoteAll))), HostileOutcome.Loaded, [], loaded: Good);
        Add("header-spaces", "incidents", Lines("spaces.csv", new[] { " source_id , occurred_at , category , x , y " }.Concat(GoodRows("hs"))), HostileOutcome.Loaded, [], loaded: Good);

        // ---- Bad rows among good ones --------------------------------------------------------------------------------
        BadRow("nul-in-id", "n\0ul,2024-05-02T10:15,vandalism,800100,7270100", "source_id", ["NUL"]);
        BadRow("nul-in-category", "nc,2024-05-02T10:15,vanda\0lism,800100,7270100", "category", []);
        BadRow("long-id", new string('i', 1000) + ",2024-05-02T10:15,vandalism,800100,7270100", "source_id", ["long"]);
        BadRow("empty-id", ",2024-05-02T10:15,vandalism,800100,7270100", "source_id", ["empty"]);
        BadRow("x-1e300", "x1,2024-05-02T10:15,vandalism,1e300,7270100", "x,y", []);
        BadRow("x-nan", "x2,2024-05-02T10:15,vandalism,NaN,7270100", "x", []);
        BadRow("x-infinity", "x3,2024-05-02T10:15,vandalism,Infinity,7270100", "x", []);
        BadRow("x-text", "x4,2024-05-02T10:15,vandalism,8OO1OO,7270100", "x", ["unparsable"]);
        BadRow("outside", "x5,2024-05-02T10:15,vandalism,900000,7270100", "x,y", ["outside"]);
        BadRow("na-coordinates", "x6,2024-05-02T10:15,vandalism,NA,NA", "x", ["without location"], Good + 1);
        BadRow("empty-coordinates", "x7,2024-05-02T10:15,vandalism,,", "x", ["without location"], Good + 1);
        BadRow("date-year-1", "d1,0001-01-01T00:00:00Z,vandalism,800100,7270100", "occurred_at", []);
        BadRow("date-year-9999", "d2,9999-12-31T23:59,vandalism,800100,7270100", "occurred_at", []);
        BadRow("date-1899", "d3,1899-12-31T10:00,vandalism,800100,7270100", "occurred_at", []);
        BadRow("date-future", $"d4,{DateTime.UtcNow.AddDays(3):yyyy-MM-dd}T10:00,vandalism,800100,7270100", "occurred_at", []);
        BadRow("date-feb-30", "d5,2024-02-30T10:00,vandalism,800100,7270100", "occurred_at", []);
        BadRow("date-ambiguous", "d6,03/04/2023,vandalism,800100,7270100", "occurred_at", ["ambiguous"]);
        BadRow("date-words", "d7,yesterday,vandalism,800100,7270100", "occurred_at", []);
        BadRow("dst-gap", "d8,2024-03-31 02:30,vandalism,800100,7270100", "occurred_at", [], Good + 1);
        BadRow("dst-ambiguous", "d9,2024-10-27 02:30,vandalism,800100,7270100", "occurred_at", [], Good + 1);
        BadRow("unknown-category", "c1,2024-05-02T10:15,violense.asault,800100,7270100", "category", ["closest"]);
        BadRow("ragged-few", "r1,2024-05-02T10:15,vandalism,800100", "y", ["fields"]);
        BadRow("ragged-many", "r2,2024-05-02T10:15,vandalism,800100,7270100,extra", "", []);
        BadRow("repeated-id", GoodRow("repeated-id-1", 2), "source_id", ["repeats row 1"]);
        foreach (var (label, name) in new[] { ("Misshandel", "label-sv"), ("Assault", "label-en"), ("VIOLENCE.ASSAULT", "code-upper") })
        {
            var file = Lines(name + ".csv", new[] { Header }.Concat(GoodRows(name)).Append($"{name}-x,2024-05-02T10:15,{label},800100,7270100"));
            Add(name, "incidents", file, HostileOutcome.Loaded, [], loaded: Good + 1);
        }
        var dups = Lines("dups-keep.csv", new[] { Header }.Concat(GoodRows("dk")).Append(GoodRow("dk1", 2)));
        Add("repeated-id-keep-last", "incidents", dups, HostileOutcome.Loaded, [], loaded: Good, args: ["--duplicates", "keep-last"]);
        Add("repeated-id-keep-first", "incidents", dups, HostileOutcome.Loaded, [], loaded: Good, args: ["--duplicates", "keep-first"]);
        Add("all-one-id", "incidents", Lines("one-id.csv", new[] { Header }.Concat(Enumerable.Range(1, 50).Select(i => GoodRow("same", i)))), HostileOutcome.TooManyRejects, ["repeats row 1"], 2, "source_id");
        Add("all-bad-categories", "incidents", Lines("badcats.csv", new[] { Header }.Concat(Enumerable.Range(1, 20).Select(i => GoodRow($"bc{i}", i).Replace("violence.assault", "nonsense").Replace("vandalism.graffiti", "nonsense")))),
            HostileOutcome.TooManyRejects, ["closest"], 1, "category");

        // ---- Injection strings in every text field -----------------------------------------------------------------
        for (var k = 0; k < Injections.Length; k++)
        {
            var s = Injections[k];
            var csvText = Quote(s);
            Add($"inject-id-{k}", "incidents", Lines($"inject-id-{k}.csv", new[] { Header }.Concat(GoodRows($"ii{k}-")).Append($"{csvText},2024-05-02T10:15,vandalism,800100,7270100")),
                HostileOutcome.Loaded, [], loaded: Good + 1);
            BadRow($"inject-category-{k}", $"ic{k},2024-05-02T10:15,{csvText},800100,7270100", "category", []);
            Add($"inject-source-{k}", "incidents", Lines($"inject-source-{k}.csv", new[] { Header + ",source" }.Concat(GoodRows($"is{k}-").Select(r => r + ",safe")).Append($"is{k}-x,2024-05-02T10:15,vandalism,800100,7270100,{csvText}")),
                HostileOutcome.Loaded, [], loaded: Good + 1);
            Add($"inject-attribute-{k}", "incidents", Lines($"inject-attr-{k}.csv", new[] { Header + ",note" }.Concat(GoodRows($"ia{k}-").Select(r => r + ",ok")).Append($"ia{k}-x,2024-05-02T10:15,vandalism,800100,7270100,{csvText}")),
                HostileOutcome.Loaded, [], loaded: Good + 1, args: ["--keep-attributes", "note"]);
        }
        Add("inject-column-name", "incidents", Lines("inject-col.csv", new[] { Header + "," + Quote("x'); DROP TABLE incident; --") }.Concat(GoodRows("icn").Select(r => r + ",1"))),
            HostileOutcome.Loaded, [], loaded: Good);

        // ---- Personal data ------------------------------------------------------------------------------------------
        foreach (var (name, value, mention) in new[]
                 {
                     ("personnummer", "Offer: Anna Svensson 811218-9876", "personal identity number"),
                     ("phone", "ring +46 70 123 45 67", "phone"),
                     ("email", "anna.svensson@example.se", "e-mail"),
                     ("free-text", string.Join(' ', Enumerable.Repeat("Han gick hem efter festen och sedan hände det.", 6)), "free text"),
                 })
        {
            var file = Lines($"pd-{name}.csv", new[] { Header + ",note" }.Concat(GoodRows($"pd{name}").Select(r => r + ",ok")).Append($"pd{name}-x,2024-05-02T10:15,vandalism,800100,7270100,{Quote(value)}"));
            Add($"personal-{name}", "incidents", file, HostileOutcome.Loaded, [mention], Good + 1, "note", Good + 1, "--keep-attributes", "note");
        }
        Add("personal-column-asked", "incidents", Lines("pd-col.csv", new[] { Header + ",namn" }.Concat(GoodRows("pdc").Select(r => r + ",Anna"))), HostileOutcome.Refused, ["namn"], args: ["--keep-attributes", "namn"]);
        Add("keep-missing-column", "incidents", whole, HostileOutcome.Refused, ["nosuch"], args: ["--keep-attributes", "nosuch"]);

        // ---- Options that make no sense -----------------------------------------------------------------------------
        Add("rate-nan", "incidents", whole, HostileOutcome.Refused, ["--max-reject-rate"], args: ["--max-reject-rate", "NaN"]);
        Add("rate-two", "incidents", whole, HostileOutcome.Refused, ["--max-reject-rate"], args: ["--max-reject-rate", "2"]);
        Add("tolerance-negative", "incidents", whole, HostileOutcome.Refused, ["--tolerance"], args: ["--tolerance", "-100"]);
        Add("tolerance-nan", "incidents", whole, HostileOutcome.Refused, ["--tolerance"], args: ["--tolerance", "NaN"]);
        Add("wait-negative", "incidents", whole, HostileOutcome.Refused, ["--wait"], args: ["--wait", "-1"]);
        Add("report-is-input", "incidents", whole, HostileOutcome.Refused, ["is the input file"], args: ["--reject-report", whole]);
        Add("report-is-directory", "incidents", whole, HostileOutcome.Refused, ["is a directory"], args: ["--reject-report", files]);
        Add("unknown-profile", "incidents", whole, HostileOutcome.Refused, ["nosuchprofile"], args: ["--profile", "nosuchprofile"]);
        Add("profile-of-other-kind", "incidents", whole, HostileOutcome.Refused, ["reads areas"], args: ["--profile", "chicago-community-areas"]);
        Add("mapping-missing", "incidents", whole, HostileOutcome.Refused, ["not found"], args: ["--mapping", P("nomapping.csv")]);
        Add("crs-unknown", "incidents", whole, HostileOutcome.Refused, ["99999"], args: ["--crs", "EPSG:99999"]);
        Add("crs-garbage", "incidents", whole, HostileOutcome.Refused, ["foo"], args: ["--crs", "foo"]);

        // ---- GeoJSON incidents --------------------------------------------------------------------------------------
        string Feature(string id, string geometry, string date = "2024-05-02T10:15") =>
            $$"""{"type":"Feature","properties":{"source_id":"{{id}}","occurred_at":"{{date}}","category":"vandalism"},"geometry":{{geometry}}}""";
        string Point(double x, double y) => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"Point","coordinates":[{{x}},{{y}}]}""");
        string GoodFeatures(string prefix) => string.Join(",", Enumerable.Range(1, Good).Select(i => Feature($"{prefix}{i}", Point(X0 + 100 + i, Y0 + 100 + i))));
        string Collection(string features) => """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3006"}},"features":[""" + features + "]}";
        void BadFeature(string name, string feature, string field, string[] mentions, long loaded = Good) =>
            Add(name, "incidents", Write(name + ".geojson", Collection(GoodFeatures(name) + "," + feature)), HostileOutcome.Loaded, mentions, Good + 1, field, loaded);

        Add("json-broken", "incidents", Write("broken.geojson", Collection(GoodFeatures("jb")).Replace("},{", "},,{")), HostileOutcome.Refused, []);
        var jsonWhole = Collection(GoodFeatures("jt"));
        Add("json-truncated", "incidents", Write("truncated.geojson", jsonWhole[..(jsonWhole.Length / 2)]), HostileOutcome.Refused, []);
        Add("json-array", "incidents", Write("array.geojson", "[1,2,3]"), HostileOutcome.Refused, []);
        Add("json-nesting-bomb", "incidents", Write("nesting.geojson", "{\"type\":\"FeatureCollection\",\"features\":[" + new string('[', 100_000) + new string(']', 100_000) + "]}"), HostileOutcome.Refused, []);
        BadFeature("json-null-geometry", Feature("jn", "null"), "geometry", ["without location"], Good + 1);
        BadFeature("json-linestring", Feature("jl", """{"type":"LineString","coordinates":[[800100,7270100],[800200,7270200]]}"""), "geometry", []);
        BadFeature("json-1e300", Feature("je", """{"type":"Point","coordinates":[1e300,7270100]}"""), "geometry", []);
        BadFeature("json-empty-coordinates", Feature("jc", """{"type":"Point","coordinates":[]}"""), "geometry", ["without location"], Good + 1);
        BadFeature("json-string-coordinates", Feature("js", """{"type":"Point","coordinates":["800100","7270100"]}"""), "geometry", []);
        BadFeature("json-bad-date", Feature("jd", Point(X0 + 50, Y0 + 50), "0001-01-01T00:00:00Z"), "occurred_at", []);
        Add("json-projected-without-crs", "incidents", Write("nocrs.geojson", $$"""{"type":"FeatureCollection","features":[{{GoodFeatures("jp")}}]}"""), HostileOutcome.Refused, ["--crs"]);
        Add("json-gz", "incidents", Gzip(Write("ok.geojson", Collection(GoodFeatures("jg"))), P("ok.geojson.gz")), HostileOutcome.Loaded, [], loaded: Good);

        // ---- GeoPackage incidents -----------------------------------------------------------------------------------
        Add("gpkg-not-sqlite", "incidents", Write("fake.gpkg", "this is not a database"), HostileOutcome.Refused, ["not a GeoPackage"]);
        var plainSqlite = P("plain.gpkg");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={plainSqlite};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE t (a INTEGER)";
            cmd.ExecuteNonQuery();
        }
        Add("gpkg-plain-sqlite", "incidents", plainSqlite, HostileOutcome.Refused, ["GeoPackage"]);
        var okGpkg = Gpkg(P("ok.gpkg"), 3006, w => { });
        var gpkgBytes = File.ReadAllBytes(okGpkg);
        File.WriteAllBytes(P("truncated.gpkg"), gpkgBytes[..(gpkgBytes.Length / 2)]);
        Add("gpkg-truncated", "incidents", P("truncated.gpkg"), HostileOutcome.Refused, []);
        Add("gpkg-ok", "incidents", okGpkg, HostileOutcome.Loaded, [], loaded: Good);
        Add("gpkg-bad-blob", "incidents", Gpkg(P("badblob.gpkg"), 3006, w => w.Insert("incidents", null, Encoding.ASCII.GetBytes("XX not a blob"), "bb", "2024-05-02T10:15", "vandalism")),
            HostileOutcome.Loaded, [], Good + 1, "geometry", Good);
        var huge = GeoPackageWriter.Blob(new GeometryFactory().CreatePoint(new Coordinate(X0 + 1, Y0 + 1)), 3006).ToArray();
        huge[8 + 1] = 4; // WKB type: MultiPoint
        var claim = new byte[] { 0, 0, 0, 0x80 }; // 2^31 points
        var bigCount = huge[..(8 + 5)].Concat(claim).ToArray();
        Add("gpkg-2pow31-points", "incidents", Gpkg(P("bigcount.gpkg"), 3006, w => w.Insert("incidents", null, bigCount, "bp", "2024-05-02T10:15", "vandalism")),
            HostileOutcome.Loaded, [], Good + 1, "geometry", Good);
        Add("gpkg-undefined-srs", "incidents", Gpkg(P("undefined.gpkg"), -1, w => { }), HostileOutcome.Refused, ["--crs"]);
        Add("gpkg-two-layers", "incidents", Gpkg(P("twolayers.gpkg"), 3006, w => w.AddLayer("other", "POINT", 3006, "a TEXT")), HostileOutcome.Refused, ["choose one"]);
        Add("gpkg-gz", "incidents", Gzip(okGpkg, P("ok.gpkg.gz")), HostileOutcome.Loaded, [], loaded: Good);
        var gpkgGz = Gzip(okGpkg, P("cut.gpkg.gz"));
        var gzBytes = File.ReadAllBytes(gpkgGz);
        File.WriteAllBytes(gpkgGz, gzBytes[..(gzBytes.Length / 2)]);
        Add("gpkg-gz-truncated", "incidents", gpkgGz, HostileOutcome.Refused, ["truncated or corrupt"]);

        // ---- Resources ----------------------------------------------------------------------------------------------
        string ResourceFeature(string id, string type, string geometry) =>
            $$"""{"type":"Feature","properties":{"source_id":"{{id}}","type":"{{type}}","name":"R {{id}}"},"geometry":{{geometry}}}""";
        string GoodResources(string prefix) => string.Join(",", Enumerable.Range(1, 50).Select(i => ResourceFeature($"{prefix}{i}", "school", Point(X0 + 100 + i * 10, Y0 + 100))));
        void BadResource(string name, string feature, string field, string[] mentions, long loaded = 50) =>
            Add(name, "resources", Write(name + ".geojson", Collection(GoodResources(name) + "," + feature)), HostileOutcome.Loaded, mentions, 51, field, loaded, "--source", "hostile", "--max-reject-rate", "0.05");
        Add("resources-ok", "resources", Write("resources.geojson", Collection(GoodResources("ro"))), HostileOutcome.Loaded, [], loaded: 50, args: ["--source", "hostile"]);
        BadResource("resource-unknown-type", ResourceFeature("ru", "youth_center", Point(X0 + 500, Y0 + 500)), "type", ["closest"]);
        BadResource("resource-empty-geometry", ResourceFeature("re", "school", """{"type":"Point","coordinates":[]}"""), "geometry", []);
        BadResource("resource-bowtie", ResourceFeature("rb", "housing_estate", Bowtie()), "geometry", ["repaired"], 51);
        BadResource("resource-huge-coordinates", ResourceFeature("rh", "school", """{"type":"Point","coordinates":[1e300,1e300]}"""), "geometry", []);
        BadResource("resource-repeated-id", ResourceFeature("resource-repeated-id1", "school", Point(X0 + 700, Y0 + 700)), "source_id", ["repeats row 1"]);
        foreach (var (s, k) in Injections.Select((s, k) => (s, k)))
            Add($"resource-inject-name-{k}", "resources", Write($"res-inject-{k}.geojson", Collection(GoodResources($"rin{k}-") + "," +
                $$"""{"type":"Feature","properties":{"source_id":"rin{{k}}-x","type":"school","name":{{System.Text.Json.JsonSerializer.Serialize(s)}}},"geometry":{{Point(X0 + 900, Y0 + 900)}}}""")),
                HostileOutcome.Loaded, [], loaded: 51, args: ["--source", "hostile"]);
        Add("resources-projected-without-crs", "resources", Write("res-nocrs.geojson", $$"""{"type":"FeatureCollection","features":[{{GoodResources("rn")}}]}"""), HostileOutcome.Refused, ["--crs"], args: ["--source", "hostile"]);

        // ---- Areas --------------------------------------------------------------------------------------------------
        string Square(double x, double y, double s) => string.Create(CultureInfo.InvariantCulture, $$"""{"type":"Polygon","coordinates":[[[{{x}},{{y}}],[{{x + s}},{{y}}],[{{x + s}},{{y + s}}],[{{x}},{{y + s}}],[{{x}},{{y}}]]]}""");
        string AreaFeature(string code, string geometry, string population = "1000") =>
            $$"""{"type":"Feature","properties":{"code":"{{code}}","name":"A {{code}}","population":{{population}}},"geometry":{{geometry}}}""";
        string GoodAreas(string prefix) => string.Join(",", Enumerable.Range(0, 20).Select(i => AreaFeature($"{prefix}{i + 1}", Square(X0 + i * 1000, Y0, 1000))));
        void BadArea(string name, string feature, string field, string[] mentions, long loaded = 20) =>
            Add(name, "areas", Write(name + ".geojson", Collection(GoodAreas(name) + "," + feature)), HostileOutcome.Loaded, mentions, 21, field, loaded, "--set", name, "--max-reject-rate", "0.05");
        Add("areas-ok", "areas", Write("areas.geojson", Collection(GoodAreas("ao"))), HostileOutcome.Loaded, [], loaded: 20, args: ["--set", "areas-ok"]);
        BadArea("area-point", AreaFeature("ap", Point(X0 + 10, Y0 + 10)), "geometry", []);
        BadArea("area-bowtie", AreaFeature("ab", Bowtie()), "geometry", ["repaired"], 21);
        BadArea("area-repeated-code", AreaFeature("area-repeated-code1", Square(X0, Y0 + 5000, 1000)), "code", ["appears twice"]);
        BadArea("area-population-text", AreaFeature("at", Square(X0, Y0 + 6000, 1000), "\"many\""), "population", []);
        BadArea("area-population-negative", AreaFeature("an", Square(X0, Y0 + 7000, 1000), "-5"), "population", []);
        BadArea("area-population-huge", AreaFeature("ah", Square(X0, Y0 + 8000, 1000), "1e12"), "population", []);
        BadArea("area-empty-code", AreaFeature("", Square(X0, Y0 + 9000, 1000)), "code", []);
        BadArea("area-no-geometry", AreaFeature("ag", "null"), "geometry", []);
        BadArea("area-huge-coordinates", AreaFeature("ac", Square(1e300, 1e300, 1000)), "geometry", []);
        var holed = string.Create(CultureInfo.InvariantCulture,
            $"{{\"type\":\"Polygon\",\"coordinates\":[[[{X0},{Y0}],[{X0 + 3000},{Y0}],[{X0 + 3000},{Y0 + 3000}],[{X0},{Y0 + 3000}],[{X0},{Y0}]],[[{X0 + 1000},{Y0 + 1000}],[{X0 + 2000},{Y0 + 1000}],[{X0 + 2000},{Y0 + 2000}],[{X0 + 1000},{Y0 + 2000}],[{X0 + 1000},{Y0 + 1000}]]]}}");
        Add("area-with-hole", "areas", Write("hole.geojson", Collection(AreaFeature("h1", holed))), HostileOutcome.Loaded, [], loaded: 1, args: ["--set", "hole"]);
        Add("areas-projected-without-crs", "areas", Write("areas-nocrs.geojson", $$"""{"type":"FeatureCollection","features":[{{GoodAreas("an")}}]}"""), HostileOutcome.Refused, ["--crs"], args: ["--set", "nocrs"]);
        foreach (var (s, k) in Injections.Select((s, k) => (s, k)))
            Add($"area-inject-code-{k}", "areas", Write($"area-inject-{k}.geojson", Collection(GoodAreas($"ai{k}-") + "," +
                $$"""{"type":"Feature","properties":{"code":{{System.Text.Json.JsonSerializer.Serialize(s)}},"name":{{System.Text.Json.JsonSerializer.Serialize(s)}},"population":5},"geometry":{{Square(X0, Y0 + 10_000, 1000)}}}""")),
                HostileOutcome.Loaded, [], loaded: 21, args: ["--set", $"inject-{k}"]);

        // ---- The same bad rows again, gzip-compressed: the container must not change the outcome ----------------------
        foreach (var c in cases.Where(c => c.Kind == "incidents" && c.Outcome == HostileOutcome.Loaded && c.Row is not null && c.File.EndsWith(".csv", StringComparison.Ordinal)).Take(16).ToList())
            cases.Add(c with { Name = c.Name + "-gz", File = Gzip(c.File, c.File + ".gz") });
        return cases;
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private static string SemicolonDecimalComma(string row)
    {
        var f = row.Split(',');
        return string.Join(';', f[0], f[1], f[2], f[3].Replace('.', ','), f[4].Replace('.', ','));
    }

    private static string Bowtie() => string.Create(CultureInfo.InvariantCulture,
        $$"""{"type":"Polygon","coordinates":[[[{{X0 + 2000}},{{Y0 + 2000}}],[{{X0 + 2500}},{{Y0 + 2500}}],[{{X0 + 2500}},{{Y0 + 2000}}],[{{X0 + 2000}},{{Y0 + 2500}}],[{{X0 + 2000}},{{Y0 + 2000}}]]]}""");

    private static string Gzip(string path, string target)
    {
        using (var input = File.OpenRead(path))
        using (var output = new GZipStream(File.Create(target), CompressionLevel.Fastest))
            input.CopyTo(output);
        return target;
    }

    private static string TwoMembers(string path, string target)
    {
        var half = File.ReadAllBytes(path);
        using var output = File.Create(target);
        foreach (var part in new[] { half[..(half.Length / 2)], half[(half.Length / 2)..] })
        {
            using var member = new MemoryStream();
            using (var gz = new GZipStream(member, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(part);
            output.Write(member.ToArray());
        }
        return target;
    }

    private static string Bomb(string target)
    {
        using var output = new GZipStream(File.Create(target), CompressionLevel.SmallestSize);
        output.Write(Encoding.ASCII.GetBytes(Header + "\n"));
        var filler = new byte[1 << 20];
        Array.Fill(filler, (byte)'a');
        for (var i = 0; i < 300; i++)
        {
            output.Write(Encoding.ASCII.GetBytes($"{i},"));
            output.Write(filler);
            output.Write("\n"u8);
        }
        return target;
    }

    private static string HugeRecord(string target)
    {
        using var w = new StreamWriter(target, false, new UTF8Encoding(false));
        w.Write(Header + "\n1,2024-05-01T10:00,vandalism,\"");
        var chunk = new string('z', 1 << 20);
        for (var i = 0; i < 20; i++) w.Write(chunk); // a quote never closed: 20 million characters in one record
        w.Write("\n");
        return target;
    }

    /// <summary>A GeoPackage with an "incidents" point layer of <see cref="Good"/> rows in <paramref name="srsId"/>.</summary>
    private static string Gpkg(string path, int srsId, Action<GeoPackageWriter> more)
    {
        using var w = new GeoPackageWriter(path);
        if (srsId == 3006) w.AddSrs(3006, "EPSG", 3006, "SWEREF99 TM");
        w.AddLayer("incidents", "POINT", srsId, "source_id TEXT", "occurred_at TEXT", "category TEXT");
        var f = new GeometryFactory();
        for (var i = 1; i <= Good; i++)
            w.Insert("incidents", null, GeoPackageWriter.Blob(f.CreatePoint(new Coordinate(X0 + 100 + i, Y0 + 100 + i)), srsId), $"g{i}", "2024-05-02T10:15", "vandalism");
        more(w);
        return path;
    }
}
