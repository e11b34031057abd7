using System.Globalization;
using System.Text.Json;
using Geo.Analysis.Weights;
using Geo.Testing;

namespace Geo.Analysis.Tests.Statistics;

/// <summary>Test-only helpers: a tiny GAL parser, the Columbus CRIME column, weight transforms and grids.</summary>
internal static class TestWeights
{
    /// <summary>GAL: first line n, then "id k" / "k neighbour ids" pairs, ids 1-based.</summary>
    public static List<List<int>> ReadGal(string path)
    {
        var tokens = File.ReadAllLines(path);
        var n = int.Parse(tokens[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], CultureInfo.InvariantCulture);
        var lists = Enumerable.Range(0, n).Select(_ => new List<int>()).ToList();
        var line = 1;
        for (var c = 0; c < n; c++)
        {
            var head = tokens[line++].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var id = int.Parse(head[0], CultureInfo.InvariantCulture) - 1;
            var k = int.Parse(head[1], CultureInfo.InvariantCulture);
            if (k > 0)
                lists[id].AddRange(tokens[line++].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture) - 1));
            else if (line < tokens.Length && tokens[line].Trim().Length == 0) line++;
        }
        return lists;
    }

    public static double[] ColumbusCrime()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Path("reference/columbus/columbus.geojson")));
        var rows = doc.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (Id: f.GetProperty("properties").GetProperty("POLYID").GetDouble(), Crime: f.GetProperty("properties").GetProperty("CRIME").GetDouble()))
            .OrderBy(r => r.Id).ToArray();
        Assert.Equal(49, rows.Length);
        return rows.Select(r => r.Crime).ToArray();
    }

    public static List<List<int>> ColumbusNeighbours() => ReadGal(SharedData.Path("reference/columbus/columbus.gal"));

    public static List<List<int>> WithSelf(List<List<int>> lists) =>
        lists.Select((l, i) => l.Append(i).ToList()).ToList();

    public static SpatialWeights Binary(List<List<int>> lists) => SpatialWeights.FromNeighbours(lists.Cast<IReadOnlyCollection<int>>().ToList());

    public static SpatialWeights RowStandardised(List<List<int>> lists)
    {
        var b = Binary(lists);
        var values = new double[b.NonZero];
        for (var i = 0; i < b.Count; i++)
        {
            var k = b.Cardinality(i);
            for (var t = b.Offsets[i]; t < b.Offsets[i + 1]; t++) values[t] = 1.0 / k;
        }
        return new SpatialWeights(b.Count, b.Offsets, b.Neighbours, values, WeightsKind.RowStandardised);
    }

    /// <summary>Queen (or rook) contiguity on a rows × cols grid, cell index r * cols + c.</summary>
    public static List<List<int>> Grid(int rows, int cols, bool queen = true)
    {
        var lists = new List<List<int>>(rows * cols);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            var l = new List<int>();
            for (var dr = -1; dr <= 1; dr++)
            for (var dc = -1; dc <= 1; dc++)
            {
                if (dr == 0 && dc == 0) continue;
                if (!queen && dr != 0 && dc != 0) continue;
                int rr = r + dr, cc = c + dc;
                if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) l.Add(rr * cols + cc);
            }
            lists.Add(l);
        }
        return lists;
    }
}
