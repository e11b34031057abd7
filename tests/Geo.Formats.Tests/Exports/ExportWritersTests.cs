using Geo.Formats.Exports;
using Geo.Testing;

namespace Geo.Formats.Tests.Exports;

/// <summary>The writer factory: formats, dialects and what needs a file.</summary>
public sealed class ExportWritersTests
{
    [Fact]
    public void Unknown_formats_and_dialects_are_named_in_the_error()
    {
        using var dir = new TempDir();
        var e = Assert.Throws<ArgumentException>(() => ExportWriters.Create("shp", Path.Combine(dir.Path, "x.shp"), ExportFixture.Options()));
        Assert.Contains("'shp'", e.Message, StringComparison.Ordinal);
        var d = Assert.Throws<ArgumentException>(() => ExportWriters.Create(ExportFormats.Csv, new MemoryStream(), ExportFixture.Options("sv", "excel-us")));
        Assert.Contains("'excel-us'", d.Message, StringComparison.Ordinal);
        var path = Path.Combine(dir.Path, "x.csv");
        Assert.Throws<ArgumentException>(() => ExportWriters.Create(ExportFormats.Csv, path, ExportFixture.Options("sv", "excel-us")));
        Assert.False(File.Exists(path), "a refused export leaves no file");
        foreach (var format in new[] { ExportFormats.Xlsx, ExportFormats.GeoPackage })
            Assert.Throws<NotSupportedException>(() => ExportWriters.Create(format, new MemoryStream(), ExportFixture.Options()));
    }

    [Theory]
    [InlineData(ExportFormats.Csv)]
    [InlineData(ExportFormats.Xlsx)]
    [InlineData(ExportFormats.GeoJson)]
    [InlineData(ExportFormats.GeoPackage)]
    public async Task Every_format_counts_its_rows(string format)
    {
        using var dir = new TempDir();
        Assert.Equal(ExportFixture.Values.Length, await ExportFixture.WriteAsync(format, Path.Combine(dir.Path, "x." + format), ExportFixture.Options()));
        Assert.Equal("text/csv; charset=utf-8", ExportFormats.ContentType(ExportFormats.Csv));
    }
}
