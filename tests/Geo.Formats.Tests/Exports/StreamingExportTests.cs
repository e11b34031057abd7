using System.Runtime.CompilerServices;
using Geo.Formats.Exports;
using Geo.Testing;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace Geo.Formats.Tests.Exports;

/// <summary>
/// Each writer streams: 200,000 rows (≈ 60 MB of row objects and 20 MB of text if held) pass through with the live
/// managed heap (measured after a full collection every 20,000 rows) growing by well under what buffering would need.
/// Not timed: speed belongs to bench/.
/// </summary>
[Collection(StreamingCollection.Name)]
public sealed class StreamingExportTests(ITestOutputHelper output)
{
    private const int RowCount = 200_000;
    private const long Bound = 40L << 20;

    private static readonly ExportColumn[] Columns =
    [
        new("code", "Kod", "Code", ExportKind.Text),
        new("note", "Anteckning", "Note", ExportKind.Text),
        new("incidents", "Händelser", "Incidents", ExportKind.Count, Suppressible: true),
        new("rate", "Takt", "Rate", ExportKind.Decimal, 2, Suppressible: true),
        new("share", "Andel", "Share", ExportKind.Percent, 1),
        new("day", "Dag", "Day", ExportKind.Date),
        new("at", "Tid", "Time", ExportKind.DateTime),
        new("hot", "Het", "Hot", ExportKind.Boolean),
    ];

    private sealed class Probe
    {
        public long Baseline { get; } = GC.GetTotalMemory(true);
        public long Peak { get; private set; }

        public void Sample() => Peak = Math.Max(Peak, GC.GetTotalMemory(true) - Baseline);
    }

    private static async IAsyncEnumerable<ExportRow> Rows(Probe probe, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var factory = ExportFixture.Factory;
        var small = new ExportSuppressed(ExportHidden.Small, 5);
        for (var i = 0; i < RowCount; i++)
        {
            if (i % 20_000 == 0)
            {
                probe.Sample();
                await Task.Yield();
            }
            double x = 600000 + i % 1000 * 100, y = 6500000 + i / 1000 * 100;
            var cell = factory.CreatePolygon([new(x, y), new(x + 100, y), new(x + 100, y + 100), new(x, y + 100), new(x, y)]);
            yield return new ExportRow(cell,
            [
                "C" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                "Område med ett ganska långt namn för att fylla raden, nummer " + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                i % 7 == 0 ? small : (object)(i % 1000),
                i % 7 == 0 ? new ExportSuppressed(ExportHidden.Derived, 5) : i * 0.37,
                i % 100 / 100.0,
                new DateOnly(2025, 1, 1).AddDays(i % 365),
                new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
                i % 2 == 0,
            ]);
        }
        probe.Sample();
    }

    [Theory]
    [InlineData(ExportFormats.Csv)]
    [InlineData(ExportFormats.Xlsx)]
    [InlineData(ExportFormats.GeoJson)]
    [InlineData(ExportFormats.GeoPackage)]
    public async Task Two_hundred_thousand_rows_stream_in_bounded_memory(string format)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "big." + format);
        var probe = new Probe();
        await using (var w = ExportWriters.Create(format, path, ExportFixture.Options()))
        {
            Assert.Equal(RowCount, await w.WriteTableAsync(new ExportTable("cells", "Celler", "Cells", Columns, "POLYGON", Rows(probe))));
            probe.Sample();
        }
        output.WriteLine($"{format}: file {new FileInfo(path).Length >> 20} MB, live heap growth peak {probe.Peak / 1024.0 / 1024.0:F1} MB");
        Assert.True(new FileInfo(path).Length > 5L << 20, "the file holds the rows");
        Assert.True(probe.Peak < Bound, $"{format}: the live heap grew by {probe.Peak >> 20} MB while writing {RowCount} rows (bound {Bound >> 20} MB)");
    }
}
