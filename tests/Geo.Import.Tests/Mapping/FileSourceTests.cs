using Geo.Core.Domain;
using Geo.Import.Mapping;
using Geo.Import.Profiles;
using NetTopologySuite.Geometries;
using Geo.Formats.Boundaries;

namespace Geo.Import.Tests.Mapping;

/// <summary>The path-based entry points, through the real format readers.</summary>
public sealed class FileSourceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("geo-mapping-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void SemicolonCsvWithDecimalCommas()
    {
        var path = Write("felanmalan_2024.csv", "source_id;occurred_at;category;lat;lon\n1;2024-05-01 22:15;theft;65,5842;22,1547\n");
        using var src = Sources.OpenIncidents(path, TestAreas.Options());
        var i = Assert.Single(src.Rows().ToList()).Value!;
        Assert.Equal(829440.05, i.Location!.X, 0.01);
        Assert.Equal(ImportOptions.DefaultSource, i.Source);
        Assert.Equal("felanmalan_2024.csv", src.FileName);
    }

    [Fact]
    public void GeoJsonPointIncidentsUseTheFeatureGeometry()
    {
        var path = Write("obs.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"source_id":"o1","occurred_at":"2024-05-01T19:00:00+02:00","category":"observation.lighting"},
               "geometry":{"type":"Point","coordinates":[22.1547,65.5842]}}]}
            """);
        using var src = Sources.OpenIncidents(path, TestAreas.Options());
        var i = Assert.Single(src.Rows().ToList()).Value!;
        Assert.Equal(7292327.40, i.Location!.Y, 0.01);
        Assert.Contains(src.Notices, n => n.Contains("RFC 7946"));
    }

    [Fact]
    public void UserProfileFileWithHints()
    {
        var profilePath = Write("kommun.json", """
            {
              // a municipality's export
              "kind": "incidents", "format": "csv", "delimiter": "|", "source": "kommun",
              "idColumn": "Nr", "dateColumn": "Datum", "timeColumn": "Tid", "categoryColumn": "Typ",
              "xColumn": "E", "yColumn": "N", "crs": "EPSG:3006", "attributes": ["Område", "Saknas"],
            }
            """);
        var profile = ProfileCatalog.Load(profilePath);
        var path = Write("export.txt", "Nr|Datum|Tid|Typ|E|N|Område|Handläggare\n7|2024-05-01|22:15|vandalism|830000|7290000|Centrum|Karin K\n");
        using var src = Sources.OpenIncidents(path, TestAreas.Options(profile));
        var i = Assert.Single(src.Rows().ToList()).Value!;
        Assert.Equal(("kommun", "7", TimePrecision.Minute), (i.Source, i.SourceId, i.TimePrecision));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 20, 15, 0, TimeSpan.Zero), i.OccurredAt.ToUniversalTime());
        Assert.Equal("{\"Område\":\"Centrum\"}", i.Attributes);
        Assert.Contains(src.Notices, n => n.Contains("attribute column 'Saknas' of the profile is not in the file"));
        Assert.Contains(src.Notices, n => n.Contains("profile kommun (" + profilePath + ")"));
    }

    [Fact]
    public void ProfileHintsBecomeFormatHints()
    {
        var h = ReaderOpener.Hints(new MappingProfile { Name = "h", Format = "csv", Delimiter = "tab", Encoding = "latin-1", DecimalSeparator = "," })!;
        Assert.Equal((Geo.Formats.FileFormat.Csv, '\t', ','), (h.Format, h.Delimiter, h.DecimalSeparator));
        Assert.Equal("iso-8859-1", h.Encoding!.WebName);
        Assert.Throws<InvalidDataException>(() => ReaderOpener.Hints(new MappingProfile { Name = "h", Format = "xlsx" }));
    }

    [Fact]
    public void BoundaryFromAGeoJsonFile()
    {
        var path = Write("b.geojson", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"kom_kod":"2580","kom_namn":"Luleå"},"geometry":{"type":"Polygon","coordinates":[[[22.0,65.5],[22.3,65.5],[22.3,65.7],[22.0,65.7],[22.0,65.5]]]}},
              {"type":"Feature","properties":{"kom_kod":"2581","kom_namn":"Piteå"},"geometry":{"type":"Polygon","coordinates":[[[21.3,65.2],[21.6,65.2],[21.6,65.4],[21.3,65.2]]]}}]}
            """);
        var b = BoundaryReader.Read(path, new BoundaryOptions("2580", TargetSrid: 3006));
        Assert.Equal(("Luleå", "kom_kod", 3006), (b.Name, b.CodeProperty, b.Boundary.SRID));
        Assert.True(b.Boundary.Covers(new Point(829440.05, 7292327.40)));
    }
}
