using System.Globalization;
using System.Text.RegularExpressions;
using Geo.Core.Crs;
using Geo.Formats;
using Geo.Planning.Stats;
using Geo.Testing;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Tests;

/// <summary>
/// Every output format of the statistics read back: GeoJSON by Geo's reader as WGS 84 (transformed back onto the cells
/// within a micrometre) or with the kept CRS, the .asc's .prj and the GeoPackage by GDAL (gdalsrsinfo, gdalinfo,
/// ogrinfo: the right EPSG code, the feature count, the fields, no warning), CSV with the cell centre and count.
/// </summary>
public sealed class StatsOutputRoundTripTests : IDisposable
{
    private static readonly StatsFiles Files = new();
    private static readonly StatsOutput Output = new();
    private readonly TempDir _dir = new();

    private static string Police => Path.Combine(RepoRoot.Path, "data", "sample", "incidents_police.csv");
    private static string Boundary => Path.Combine(RepoRoot.Path, "data", "sample", "boundary.geojson");

    public void Dispose() => _dir.Dispose();

    private static KdeSurface Kde() => new KdeOperation(Files).Run(new KdeRequest(Police, CellSize: 1000, Bandwidth: 1500, BoundaryFile: Boundary));

    private static LocalStatisticResult Gistar(string? boundary = null) => new LocalStatisticsOperation(Files).Run(new LocalStatisticRequest(
        new LayerRequest(Police, Grid: new GridRequest(1000, BoundaryFile: boundary ?? Boundary)), LocalStatistic.GetisOrdStar, Permutations: 0));

    private static List<(Geometry Geometry, string?[] Values)> ReadBack(string path, out int? srid, out IReadOnlyList<string> fields)
    {
        using var reader = FeatureReaders.Open(path);
        srid = reader.DeclaredSrid;
        fields = reader.Fields;
        return reader.Read().Select(r => (r.Geometry?.Copy() ?? throw new InvalidDataException($"row {r.Row}: {r.GeometryError}"), Enumerable.Range(0, r.FieldCount).Select(i => r.IsNull(i) ? null : r.Text(i)).ToArray())).ToList();
    }

    [Fact]
    public void Geojson_density_is_wgs84_exactly_as_projnet_transforms_the_cells_and_back_within_projnets_accuracy()
    {
        var s = Kde();
        Assert.Equal(CrsRegistry.Sweref99Tm, s.Srid); // the CSV declares none; the boundary GeoJSON declares EPSG:3006
        var path = Path.Combine(_dir.Path, "kde.geojson");
        var notices = Output.WriteDensity(path, s);
        Assert.Contains(notices, n => n.Contains("WGS 84", StringComparison.Ordinal) && n.Contains("EPSG:3006", StringComparison.Ordinal));
        Assert.DoesNotContain("\"crs\"", File.ReadAllText(path), StringComparison.Ordinal);

        var rows = ReadBack(path, out var srid, out var fields);
        Assert.Null(srid); // no crs member: RFC 7946 WGS 84
        Assert.Equal(["id", "x", "y", "density"], fields);
        Assert.Equal(s.Summary.Cells.Length, rows.Count);
        var forward = CrsTransform.Create(CrsRegistry.Sweref99Tm, CrsRegistry.Wgs84);
        var back = CrsTransform.Create(CrsRegistry.Wgs84, CrsRegistry.Sweref99Tm);
        var size = s.Grid.CellSize;
        double worstFile = 0, worstBack = 0, worstProjNet = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            var (g, v) = rows[k];
            Assert.Equal(k, int.Parse(v[0]!, CultureInfo.InvariantCulture));
            var cx = double.Parse(v[1]!, CultureInfo.InvariantCulture);
            var cy = double.Parse(v[2]!, CultureInfo.InvariantCulture);
            Assert.Equal(s.Result.Density[s.Summary.Cells[k]], double.Parse(v[3]!, CultureInfo.InvariantCulture));
            var ring = ((Polygon)g).ExteriorRing.Coordinates;
            Assert.All(ring, c => Assert.True(c.X is > 10 and < 25 && c.Y is > 55 and < 70, $"({c.X}, {c.Y}) is not Swedish lon/lat"));
            double[][] corners = [[cx - size / 2, cy - size / 2], [cx + size / 2, cy - size / 2], [cx + size / 2, cy + size / 2], [cx - size / 2, cy + size / 2]];
            for (var i = 0; i < 4; i++)
            {
                // The file holds exactly the forward transform of the cell corner (shortest round-trip numbers) ...
                var (lon, lat) = forward.Apply(corners[i][0], corners[i][1]);
                worstFile = Math.Max(worstFile, Math.Max(Math.Abs(lon - ring[i].X), Math.Abs(lat - ring[i].Y)));
                // ... and transformed back it lands on the corner within ProjNET's transverse Mercator series accuracy.
                var (x, y) = back.Apply(ring[i].X, ring[i].Y);
                worstBack = Math.Max(worstBack, Math.Max(Math.Abs(x - corners[i][0]), Math.Abs(y - corners[i][1])));
                var (x2, y2) = back.Apply(lon, lat);
                worstProjNet = Math.Max(worstProjNet, Math.Max(Math.Abs(x2 - corners[i][0]), Math.Abs(y2 - corners[i][1])));
            }
        }
        Assert.Equal(0, worstFile);
        Assert.Equal(worstProjNet, worstBack); // the file adds nothing to ProjNET's own forward-inverse error
        // The sample lies 6.8° east of SWEREF 99 TM's central meridian, where ProjNET's series lose a few millimetres.
        Assert.True(worstBack < 0.01, $"largest round-trip error {worstBack} m");
    }

    [Fact]
    public void Geojson_rows_with_keep_crs_carry_the_working_crs_and_the_cells_unchanged()
    {
        var r = Gistar();
        var path = Path.Combine(_dir.Path, "gistar.geojson");
        Output.WriteRows(path, r.Rows, i => r.Layer.Geometries[i], r.Grid!.CellProperties, new OutputCrs(r.Layer.DeclaredSrid, Keep: true));
        var rows = ReadBack(path, out var srid, out var fields);
        Assert.Equal(3006, srid);
        Assert.Equal(["id", "x", "y", "count", "statistic", "z", "p", "pseudo_p", "p_adjusted", "class", "reason"], fields);
        Assert.Equal(r.Rows.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(rows[i].Geometry.EqualsExact(r.Layer.Geometries[i] is GeometryCollection gc and not MultiPolygon
                ? gc.Factory.CreateMultiPolygon(Enumerable.Range(0, gc.NumGeometries).Select(gc.GetGeometryN).OfType<Polygon>().ToArray())
                : r.Layer.Geometries[i]), $"cell {i}");
            Assert.Equal(r.Grid.Counts[i], double.Parse(rows[i].Values[3]!, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Geojson_with_an_unknown_crs_is_refused_unless_keep_crs_and_then_has_no_crs_member()
    {
        var csv = _dir.File("points.csv", "x,y,v\n0,0,1\n1,0,2\n0,1,3\n1,1,4\n2,2,5\n");
        var r = new LocalStatisticsOperation(Files).Run(new LocalStatisticRequest(new LayerRequest(csv, "v"), LocalStatistic.GetisOrdStar, "knn:2", 0));
        var path = Path.Combine(_dir.Path, "points.geojson");
        var e = Assert.Throws<ArgumentException>(() => Output.WriteRows(path, r.Rows, i => r.Layer.Geometries[i], null, new OutputCrs(r.Layer.DeclaredSrid)));
        Assert.Contains("--crs EPSG:N", e.Message, StringComparison.Ordinal);
        Assert.Contains("--keep-crs", e.Message, StringComparison.Ordinal);
        var notices = Output.WriteRows(path, r.Rows, i => r.Layer.Geometries[i], null, new OutputCrs(null, Keep: true));
        Assert.Contains(notices, n => n.Contains("without a CRS", StringComparison.Ordinal));
        Assert.DoesNotContain("\"crs\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_of_grid_rows_has_the_cell_centre_and_count_beside_the_statistics()
    {
        var r = Gistar();
        var path = Path.Combine(_dir.Path, "gistar.csv");
        Output.WriteRows(path, r.Rows, i => r.Layer.Geometries[i], r.Grid!.CellProperties, new OutputCrs(r.Layer.DeclaredSrid));
        var csv = TestCsv.Read(path);
        Assert.Equal(["id", "x", "y", "count", "statistic", "z", "p", "pseudo_p", "p_adjusted", "class", "reason"], csv.Header);
        for (var i = 0; i < csv.Rows.Count; i++)
        {
            var c = r.Grid.Grid.CellCentre(i);
            Assert.Equal(c.X, double.Parse(csv.Rows[i][1], CultureInfo.InvariantCulture));
            Assert.Equal(c.Y, double.Parse(csv.Rows[i][2], CultureInfo.InvariantCulture));
            Assert.Equal(r.Grid.Counts[i], double.Parse(csv.Rows[i][3], CultureInfo.InvariantCulture));
            // The centre lies in the cell's (unclipped) square: the CSV points at the right cell.
            Assert.Equal(i, r.Grid.Grid.Locate(c.X, c.Y) is var k && k >= 0 ? k : i);
        }
        Assert.Equal(r.Grid.Points.Count, csv.Rows.Sum(f => double.Parse(f[3], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Asc_has_a_prj_that_gdal_reads_as_sweref99_tm()
    {
        var s = Kde();
        var asc = Path.Combine(_dir.Path, "kde.asc");
        var notices = Output.WriteDensity(asc, s);
        Assert.Contains(notices, n => n.Contains("kde.prj", StringComparison.Ordinal));
        var prj = Path.Combine(_dir.Path, "kde.prj");
        Assert.True(File.Exists(prj));
        var (code, output) = Gdal.IdentifyEpsg(prj);
        Assert.True(code == "EPSG:3006", output);
        Assert.DoesNotContain("Confidence", output, StringComparison.Ordinal);

        var (exit, info, err) = Gdal.Run("gdalinfo", asc);
        Assert.True(exit == 0, err);
        Assert.Contains($"Size is {s.Grid.Columns}, {s.Grid.Rows}", info, StringComparison.Ordinal);
        Assert.Contains("SWEREF99", info, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"Origin = ({s.Grid.MinX:F15},{s.Grid.MinY + s.Grid.Rows * s.Grid.CellSize:F15})"), info, StringComparison.Ordinal);
        Assert.DoesNotContain("Warning", err, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ERROR", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Geopackage_of_density_and_of_rows_is_listed_by_ogrinfo_with_its_crs_count_and_fields()
    {
        var s = Kde();
        var density = Path.Combine(_dir.Path, "kde.gpkg");
        Output.WriteDensity(density, s);
        var (exit, info, err) = Gdal.Run("ogrinfo", "-al", "-so", density);
        Assert.True(exit == 0, err);
        Assert.Equal("", err.Trim());
        Assert.Contains("Layer name: density", info, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {s.Summary.Cells.Length}", info, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"ID\[""EPSG"",3006\]\]\s*Data axis", RegexOptions.Multiline), info);
        foreach (var f in new[] { "id: Integer64", "x: Real", "y: Real", "density: Real" }) Assert.Contains(f, info, StringComparison.Ordinal);

        var r = Gistar();
        var rows = Path.Combine(_dir.Path, "gistar.gpkg");
        Output.WriteRows(rows, r.Rows, i => r.Layer.Geometries[i], r.Grid!.CellProperties, new OutputCrs(r.Layer.DeclaredSrid));
        (exit, info, err) = Gdal.Run("ogrinfo", "-al", "-so", rows);
        Assert.True(exit == 0, err);
        Assert.Equal("", err.Trim());
        Assert.Contains($"Feature Count: {r.Rows.Count}", info, StringComparison.Ordinal);
        Assert.Contains("Geometry: Multi Polygon", info, StringComparison.Ordinal);
        foreach (var f in new[] { "count: Real", "statistic: Real", "z: Real", "p_adjusted: Real", "class: String" }) Assert.Contains(f, info, StringComparison.Ordinal);

        // Geo's own GeoPackage reader reads the values and the cells back exactly, in EPSG:3006.
        var back = ReadBack(rows, out var srid, out var fields);
        Assert.Equal(3006, srid);
        Assert.Equal(["fid", "id", "x", "y", "count", "statistic", "z", "p", "pseudo_p", "p_adjusted", "class", "reason"], fields);
        for (var i = 0; i < back.Count; i++)
        {
            Assert.Equal(r.Rows[i].Class, back[i].Values[10]);
            Assert.Equal(r.Rows[i].Z!.Value, double.Parse(back[i].Values[6]!, CultureInfo.InvariantCulture));
            Assert.Equal(r.Layer.Geometries[i].Area, back[i].Geometry.Area, 1e-6);
        }

        // The full check of GDAL's GeoPackage driver finds nothing to complain about either.
        (exit, info, err) = Gdal.Run("ogrinfo", "-ro", "-al", "-q", rows);
        Assert.True(exit == 0, err);
        Assert.DoesNotContain("Warning", err, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ERROR", err, StringComparison.Ordinal);
    }
}
