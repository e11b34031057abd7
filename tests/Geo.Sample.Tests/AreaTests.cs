using Geo.Import;
using NetTopologySuite.Geometries;

namespace Geo.Sample.Tests;

/// <summary>DeSO-like areas: 700–2,700 inhabitants, nested in districts, tiling the land; about 80,000 people.</summary>
public sealed class AreaTests(SampleFixture sample) : IClassFixture<SampleFixture>
{
    private List<Geo.Core.Domain.Area> Read(string file)
    {
        using var s = Sources.OpenAreas(sample.File(file), new ImportOptions(sample.StudyArea));
        return s.Rows().Select(r => r.Value!).ToList();
    }

    [Fact]
    public void Deso_have_700_to_2700_inhabitants_and_total_about_80000()
    {
        var deso = Read(SampleGenerator.DesoFile);
        Assert.InRange(deso.Count, 50, 70);
        Assert.All(deso, d => Assert.InRange(d.Population!.Value, 700, 2700));
        Assert.All(deso, d => Assert.Equal(d.Population, d.PopulationByAge!.Values.Sum()));
        Assert.All(deso, d => Assert.True(d.PopulationByAge!.Values.All(v => v > 0)));
        Assert.InRange(deso.Sum(d => d.Population!.Value), 78_000, 82_000);
        Assert.Equal(sample.Result.Population, deso.Sum(d => d.Population!.Value));
    }

    [Fact]
    public void Deso_nest_in_districts_and_tile_the_land()
    {
        var deso = Read(SampleGenerator.DesoFile);
        var districts = Read(SampleGenerator.DistrictsFile);
        Assert.InRange(districts.Count, 10, 14);
        Assert.All(deso.Concat(districts), a => Assert.True(a.Geometry.IsValid, $"{a.Code} is invalid"));
        foreach (var d in deso)
        {
            var parent = districts.Single(p => d.Code.StartsWith(p.Code.Replace("D", "C"), StringComparison.Ordinal));
            Assert.True(d.Geometry.Difference(parent.Geometry).Area < 1, $"{d.Code} sticks out of {parent.Code}");
        }
        foreach (var p in districts)
            Assert.Equal(p.Population, deso.Where(d => d.Code.StartsWith(p.Code.Replace("D", "C"), StringComparison.Ordinal)).Sum(d => d.Population));
        var land = sample.StudyArea.Boundary.Area;
        Assert.Equal(land, deso.Sum(d => d.Geometry.Area), land * 1e-6);
        Assert.Equal(land, districts.Sum(d => d.Geometry.Area), land * 1e-6);
        for (var i = 0; i < deso.Count; i++)
            for (var j = i + 1; j < deso.Count; j++)
                if (deso[i].Geometry.EnvelopeInternal.Intersects(deso[j].Geometry.EnvelopeInternal))
                    Assert.True(deso[i].Geometry.Intersection(deso[j].Geometry).Area < 1, $"{deso[i].Code} overlaps {deso[j].Code}");
    }

    [Fact]
    public void Boundary_is_land_with_a_coast_near_lulea()
    {
        var b = sample.StudyArea.Boundary;
        Assert.InRange(b.Area / 1e6, 600, 1500);
        var c = b.Centroid;
        Assert.InRange(c.X, 800_000, 860_000);
        Assert.InRange(c.Y, 7_260_000, 7_320_000);
        Assert.False(b.Contains(new Point(845_000, 7_280_000)), "the sea lies south-east");
    }
}
