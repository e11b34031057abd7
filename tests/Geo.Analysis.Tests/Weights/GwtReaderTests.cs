using Geo.Analysis.Weights;

namespace Geo.Analysis.Tests.Weights;

public class GwtReaderTests
{
    [Fact]
    public void Integer_ids_keep_their_place_and_islands()
    {
        const string gwt = "0 4 shp ID\n1 2 0.5\n2 1 0.5\n1 3 1.25\n3 1 1.25\n";
        var r = GwtReader.Read(new StringReader(gwt), "a.gwt");
        var w = r.Weights;
        Assert.Equal(WeightsKind.General, w.Kind);
        Assert.Equal(["1", "2", "3", "4"], r.Ids);
        Assert.Equal([1, 2], w.NeighboursOf(0).ToArray());
        Assert.Equal([0.5, 1.25], w.WeightsOf(0).ToArray());
        Assert.Equal([3], w.Islands());
    }

    [Fact]
    public void String_ids_in_order_of_first_appearance()
    {
        const string gwt = "0 3 shp KEY\nq p 2\np r 3\n";
        var r = GwtReader.Read(new StringReader(gwt), "s.gwt");
        Assert.Equal(["q", "p", "r"], r.Ids);
        Assert.Equal([1], r.Weights.NeighboursOf(0).ToArray());
        Assert.Equal([3.0], r.Weights.WeightsOf(1).ToArray());
        Assert.False(WeightsTransform.IsStructurallySymmetric(r.Weights));
    }

    [Theory]
    [InlineData("0 2 s k\n1 2\n", "b.gwt:2: expected 'from to weight' (3 fields), found 2")]
    [InlineData("0 2 s k\n1 2 abc\n", "b.gwt:2: weight must be a finite number, found 'abc'")]
    [InlineData("0 2 s k\n1 2 1\n1 2 1\n", "b.gwt:3: pair '1' -> '2' appears twice")]
    [InlineData("0 2 s k\n1 1 1\n", "b.gwt:2: location '1' has a weight to itself")]
    [InlineData("0 2 s k\na b 1\nb c 1\n", "b.gwt:3: id 'c' is beyond the 2 locations")]
    [InlineData("0 3 s k\na b 1\n", "b.gwt:1: header declares 3 locations but 2 distinct ids")]
    public void Errors_name_file_and_line(string text, string expected)
    {
        var e = Assert.Throws<WeightsFormatException>(() => GwtReader.Read(new StringReader(text), "b.gwt"));
        Assert.StartsWith(expected, e.Message);
    }
}
