using Geo.Formats;
using Geo.Testing;

namespace Geo.Formats.Tests;

public sealed class FeatureReadersTests : IDisposable
{
    private const string OneFeature = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":1},"geometry":null}]}""";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("a.csv", FileFormat.Csv)]
    [InlineData("a.TXT", FileFormat.Csv)]
    [InlineData("a.tsv", FileFormat.Csv)]
    [InlineData("a.geojson", FileFormat.GeoJson)]
    [InlineData("a.json.gz", FileFormat.GeoJson)]
    [InlineData("a.gpkg", FileFormat.GeoPackage)]
    [InlineData("a.csv.gz", FileFormat.Csv)]
    public void Format_comes_from_the_extension(string name, FileFormat format) =>
        Assert.Equal(format, FeatureReaders.FromExtension(name));

    [Fact]
    public void Unknown_extension_is_resolved_from_the_content()
    {
        using (var json = FeatureReaders.Open(_dir.File("export.dat", " \n" + OneFeature)))
            Assert.True(json.HasGeometry);
        using (var csv = FeatureReaders.Open(_dir.File("export2.dat", "a;b\n1;2\n")))
            Assert.Equal(["a", "b"], csv.Fields);
        using (var gz = FeatureReaders.Open(_dir.Gzip("export3.gz", System.Text.Encoding.UTF8.GetBytes(OneFeature))))
            Assert.Equal(["a"], gz.Fields);
    }

    [Fact]
    public void Format_hint_wins_over_the_extension()
    {
        using var reader = FeatureReaders.Open(_dir.File("features.csv", OneFeature), new FormatHints(Format: FileFormat.GeoJson));
        Assert.True(reader.HasGeometry);
        Assert.Equal(["a"], reader.Fields);
    }

    [Fact]
    public void Missing_file_is_FileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => FeatureReaders.Open(Path.Combine(_dir.Path, "nope.csv")));
}
