using Geo.Analysis.Weights;
using Geo.Testing;

namespace Geo.Analysis.Tests.Weights;

public class GalReaderTests
{
    private static GalResult ReadColumbus()
    {
        using var reader = new StreamReader(ColumbusPolygons.GalPath);
        return GalReader.Read(reader, "columbus.gal");
    }

    [SharedDataFact]
    public void Columbus_gal_has_49_locations_with_the_file_cardinalities()
    {
        var gal = ReadColumbus();
        var w = gal.Weights;
        Assert.Equal(49, w.Count);
        Assert.Equal(WeightsKind.Binary, w.Kind);
        // ids 1..49 appear in order, so location i is POLYID i+1
        Assert.Equal(Enumerable.Range(1, 49).Select(i => i.ToString()), gal.Ids);

        // cardinalities straight from the file's 'id k' lines
        var lines = File.ReadAllLines(ColumbusPolygons.GalPath).Where(l => l.Trim().Length > 0).ToArray();
        for (var i = 0; i < 49; i++)
        {
            var f = lines[1 + 2 * i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(int.Parse(f[1]), w.Cardinality(i));
        }
        Assert.Equal(230, w.NonZero); // sum of the k column of columbus.gal (mean cardinality 4.69)
        Assert.Empty(w.Islands());
        Assert.True(WeightsTransform.IsSymmetric(w));
    }

    [SharedDataFact]
    public void Columbus_gal_known_rows()
    {
        var w = ReadColumbus().Weights;
        Assert.Equal([1, 2], w.NeighboursOf(0).ToArray());          // polygon 1: 2 3
        Assert.Equal([2, 3, 5, 7, 8, 10, 14], w.NeighboursOf(4).ToArray()); // polygon 5: 3 4 6 8 9 11 15
    }

    [Fact]
    public void String_ids_map_in_order_of_first_appearance_as_rows()
    {
        const string gal = "0 3 shp KEY\nb 2\nc a\na 1\nb\n\nc 1\nb\n";
        var r = GalReader.Read(new StringReader(gal), "s.gal");
        Assert.Equal(["b", "a", "c"], r.Ids);
        Assert.Equal([1, 2], r.Weights.NeighboursOf(0).ToArray());
        Assert.Equal([0], r.Weights.NeighboursOf(1).ToArray());
        Assert.Equal([0], r.Weights.NeighboursOf(2).ToArray());
    }

    [Fact]
    public void Island_with_empty_neighbour_line()
    {
        const string gal = "3\n1 1\n2\n2 1\n1\n3 0\n\n";
        var w = GalReader.Read(new StringReader(gal), "i.gal").Weights;
        Assert.Equal([2], w.Islands());
        Assert.Equal(0, w.Cardinality(2));
    }

    [Fact]
    public void Round_trip_through_written_gal()
    {
        var ws = GridWeights.Rook(3, 2);
        var text = new StringWriter();
        text.WriteLine(ws.Count);
        for (var i = 0; i < ws.Count; i++)
        {
            text.WriteLine($"{i + 1} {ws.Cardinality(i)}");
            text.WriteLine(string.Join(' ', ws.NeighboursOf(i).ToArray().Select(j => j + 1)));
        }
        var back = GalReader.Read(new StringReader(text.ToString()), "rt.gal").Weights;
        Assert.Equal(ws.Offsets, back.Offsets);
        Assert.Equal(ws.Neighbours, back.Neighbours);
    }

    [Theory]
    [InlineData("", "e.gal:0: empty file")]
    [InlineData("2 3\n", "e.gal:1: header must be")]
    [InlineData("x\n", "e.gal:1: n must be a non-negative integer, found 'x'")]
    [InlineData("2\n1 1\n2\n2 2\n1\n", "e.gal:5: location '2' declares 2 neighbours but 1 are listed")]
    [InlineData("2\n1 1\n3\n2 1\n1\n", "e.gal:3: neighbour id '3' of location '1' is not a location")]
    [InlineData("2\n1 1\n2\n", "e.gal:0: file ends after 1 of 2 locations")]
    [InlineData("2\n1 1\n2\n1 1\n2\n", "e.gal:4: location id '1' appears twice")]
    [InlineData("2\n1 1 7\n2\n", "e.gal:2: expected 'id k' (2 fields), found 3")]
    [InlineData("1\n1 0\n\n2 0\n", "e.gal:4: unexpected content")]
    [InlineData("3\n1 2\n2 2\n2 1\n1\n3 0\n", "e.gal:3: neighbour id '2' of location '1' is listed twice")]
    [InlineData("1\n1 1\n1\n", "e.gal:3: location '1' lists itself")]
    public void Errors_name_file_and_line(string text, string expected)
    {
        var e = Assert.Throws<WeightsFormatException>(() => GalReader.Read(new StringReader(text), "e.gal"));
        Assert.StartsWith(expected, e.Message);
        Assert.Equal("e.gal", e.FileName);
    }
}
