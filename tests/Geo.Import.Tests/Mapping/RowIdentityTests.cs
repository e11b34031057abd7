using Geo.Import.Profiles;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

public class RowIdentityTests
{
    private static readonly MappingProfile NoId = new() { Name = "noid", DateColumn = "d", FixedCategory = "burglary", XColumn = "x", YColumn = "y" };

    private static List<string> Ids(params string[] rows)
    {
        var r = new MemoryReader("b.csv", "d", "x", "y");
        foreach (var row in rows) r.Row(row);
        using var src = Sources.OpenIncidents(r, TestAreas.Options(NoId));
        return src.Rows().Select(x => x.Value!.SourceId).ToList();
    }

    [Fact]
    public void HashIdsAreStableAndIdenticalRowsAreNumbered()
    {
        var a = Ids("2016-01-01,830000,7290000", "2016-01-02,830000,7290000", "2016-01-01,830000,7290000");
        var b = Ids("2016-01-01,830000,7290000", "2016-01-02,830000,7290000", "2016-01-01,830000,7290000");
        Assert.Equal(a, b);
        Assert.Matches("^h[0-9a-f]{16}$", a[0]);
        Assert.NotEqual(a[0], a[1]);
        Assert.Equal(a[0] + "-2", a[2]);
    }

    [Fact]
    public void HashIdsAreAnnounced()
    {
        using var src = Sources.OpenIncidents(new MemoryReader("b.csv", "d", "x", "y"), TestAreas.Options(NoId));
        Assert.Contains(src.Notices, n => n.Contains("FNV-1a"));
    }
}
