using Geo.Core.Domain;
using Geo.Testing;

namespace Geo.Import.Tests.Mapping;

/// <summary>The native category column takes the taxonomy's codes and its Swedish and English labels, case-insensitively.</summary>
public class CategoryLabelTests
{
    private static RowResult<Incident> One(string category)
    {
        var reader = new MemoryReader("in.csv", "source_id", "occurred_at", "category", "x", "y").Row($"1,2024-05-01,{category},830000,7290000");
        using var src = Sources.OpenIncidents(reader, TestAreas.Options());
        return Assert.Single(src.Rows().ToList());
    }

    [Theory]
    [InlineData("Misshandel", "violence.assault")]
    [InlineData("misshandel", "violence.assault")]
    [InlineData("Olaga hot", "violence.threat")]
    [InlineData("OLAGA HOT", "violence.threat")]
    [InlineData("Assault", "violence.assault")]
    [InlineData("unlawful threat", "violence.threat")]
    [InlineData("Skadegörelse", "vandalism")]
    [InlineData("Violence.Assault", "violence.assault")]
    [InlineData("violence.assault", "violence.assault")]
    public void CodesAndLabelsMap(string text, string code)
    {
        var r = One(text);
        Assert.Empty(r.Issues);
        Assert.Equal((code, text), (r.Value!.Category, r.Value.SourceCategory));
    }

    [Fact]
    public void AnUnknownLabelIsStillRejectedWithTheClosestCodes()
    {
        var i = Assert.Single(One("Misshandell").Issues);
        Assert.StartsWith("unknown category 'Misshandell' in category; closest: violence.assault", i.Reason);
    }
}
