using Geo.Formats;
using Geo.Testing;

namespace Geo.Formats.Tests;

/// <summary>The readers against the real files in ../shared/data.</summary>
public sealed class SharedDataReaderTests
{
    [SharedDataFact]
    public void Polisen_events_csv()
    {
        using var reader = FeatureReaders.Open(SharedData.Path("sweden/polisen_events_2022_2026.csv"));
        Assert.Equal(["id", "datetime", "type", "name", "summary", "location_name", "lat", "lon", "url"], reader.Fields);
        Assert.Contains("Delimiter: ',' (detected)", reader.Notices);
        Assert.Contains("Decimal separator: '.' (detected)", reader.Notices);
        Assert.Contains(reader.Notices, n => n.StartsWith("Encoding: UTF-8", StringComparison.Ordinal));
        long rows = 0;
        string? firstType = null;
        foreach (var row in reader.Read())
        {
            rows++;
            Assert.Equal(rows, row.Row);
            Assert.Equal(9, row.FieldCount);
            firstType ??= row.Text(2);
        }

        Assert.Equal(85_011, rows);
        Assert.Equal("Mord/dråp, försök", firstType);
        Assert.Equal(reader.TotalBytes, reader.BytesRead);
    }

    [SharedDataFact]
    public void Vancouver_crime_csv()
    {
        using var reader = FeatureReaders.Open(SharedData.Path("crime/vancouver_2020/crimedata_csv_AllNeighbourhoods_2020.csv"));
        Assert.Equal(["TYPE", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "HUNDRED_BLOCK", "NEIGHBOURHOOD", "X", "Y"], reader.Fields);
        var rows = 0;
        var zeroX = 0;
        var emptyX = 0;
        foreach (var row in reader.Read())
        {
            rows++;
            Assert.Equal(10, row.FieldCount);
            if (row.Span(8) is "0.0") zeroX++;
            if (row.Span(8).IsEmpty) emptyX++;
        }

        Assert.Equal(37_512, rows);
        Assert.Equal((3_750, 1), (zeroX, emptyX)); // the README's 3,751 offences without a location
    }

    [SharedDataFact]
    public void Manchester_licensed_premises_with_stray_non_utf8_bytes_are_read()
    {
        using var reader = FeatureReaders.Open(SharedData.Path("crime/manchester/LicensedPremises.csv"));
        var rows = TempDir.Rows(reader);
        Assert.Contains(rows, r => r.Any(v => v is not null && v.Contains("St Dominic\u00C8\u00C3\u00CDs Way", StringComparison.Ordinal)));
        Assert.Contains(reader.Notices, n => n.Contains("not valid UTF-8 were read as Windows-1252", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Chicago_high_schools_unnamed_first_column_is_read_as_row_name()
    {
        // Written by R's write.csv with row names: the header starts with an empty name.
        using var reader = FeatureReaders.Open(SharedData.Path("poi/chicago/chicago_high_schools_2017.csv"));
        Assert.Equal("row_name", reader.Fields[0]);
        Assert.Contains(reader.Notices, n => n.Contains("read as 'row_name'", StringComparison.Ordinal));
        Assert.True(reader.Read().Count() > 100);
    }

    [SharedDataFact]
    public void Chicago_assaults_csv_gz()
    {
        var path = SharedData.Path("crime/chicago/chicago_aggravated_assaults.csv.gz");
        using var reader = FeatureReaders.Open(path);
        Assert.Contains("Compression: gzip", reader.Notices);
        Assert.Equal(["date", "loc_cat", "longitude", "latitude", "district"], reader.Fields);
        var rows = 0;
        string? last = null;
        foreach (var row in reader.Read())
        {
            rows++;
            Assert.Equal(5, row.FieldCount);
            last = row.Text(0);
        }

        Assert.Equal(148_636, rows);
        Assert.Equal("2019-12-31 23:54", last);
        Assert.Equal(new FileInfo(path).Length, reader.TotalBytes);
        Assert.Equal(reader.TotalBytes, reader.BytesRead);
    }

    [SharedDataFact]
    public void Kommuner_sweref99tm_geojson()
    {
        using var reader = FeatureReaders.Open(SharedData.Path("sweden/kommuner_sweref99tm.geojson"));
        Assert.Equal(3006, reader.DeclaredSrid); // legacy "crs": urn:ogc:def:crs:EPSG::3006
        Assert.Equal(["code", "name"], reader.Fields);
        var rows = 0;
        var names = new Dictionary<string, string>();
        foreach (var row in reader.Read())
        {
            rows++;
            Assert.Null(row.GeometryError);
            Assert.Contains(row.Geometry!.GeometryType, new[] { "MultiPolygon", "Polygon" });
            Assert.Equal(3006, row.Geometry.SRID);
            Assert.InRange(row.Geometry.EnvelopeInternal.MinX, 200_000, 1_000_000); // SWEREF 99 TM eastings
            names[row.Text(0)] = row.Text(1);
        }

        Assert.Equal(290, rows);
        Assert.Equal("Luleå", names["2580"]);
        Assert.Equal("Piteå", names["2581"]);
    }

    [SharedDataFact]
    public void Deso_stockholm_geojson()
    {
        using var reader = FeatureReaders.Open(SharedData.Path("sweden/deso_stockholm/deso_2018_stockholm_county_with_pop2023.geojson"));
        Assert.Null(reader.DeclaredSrid); // RFC 7946: no crs member, WGS 84
        Assert.Equal(["id", "kommun", "pop_2023"], reader.Fields);
        var rows = 0;
        foreach (var row in reader.Read())
        {
            rows++;
            Assert.Null(row.GeometryError);
            Assert.Equal("Polygon", row.Geometry!.GeometryType);
            Assert.Equal(9, row.Span(0).Length);
            Assert.True(row.Span(0).StartsWith("01"));
        }

        Assert.Equal(1_287, rows);
    }

    public static TheoryData<string> CsvFiles() => Files("*.csv");

    public static TheoryData<string> GeoJsonFiles() => Files("*.geojson");

    [SharedDataTheory]
    [MemberData(nameof(CsvFiles))]
    public void Every_shared_csv_reads_with_the_header_field_count(string relative)
    {
        if (relative.EndsWith("chicago_high_schools_2017.csv", StringComparison.Ordinal)) return; // see above
        using var reader = FeatureReaders.Open(SharedData.Path(relative));
        Assert.True(reader.Fields.Count >= 2, string.Join(" / ", reader.Notices));
        var ragged = reader.Read().Count(r => r.FieldCount != reader.Fields.Count);
        // LicensedPremises.csv really is ragged: 63,264 of its rows have 23 of the 36 columns (Python's csv agrees).
        Assert.Equal(relative.EndsWith("LicensedPremises.csv", StringComparison.Ordinal) ? 63_264 : 0, ragged);
    }

    [SharedDataTheory]
    [MemberData(nameof(GeoJsonFiles))]
    public void Every_shared_geojson_reads_without_geometry_errors(string relative)
    {
        using var reader = FeatureReaders.Open(SharedData.Path(relative));
        var rows = reader.Read().Select(r => (r.Geometry is not null, r.GeometryError)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Null(r.GeometryError));
    }

    private static TheoryData<string> Files(string pattern)
    {
        var data = new TheoryData<string>();
        if (SharedData.Root is not { } root)
        {
            data.Add("(shared data missing)");
            return data;
        }

        foreach (var file in Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, file));
        return data;
    }
}
