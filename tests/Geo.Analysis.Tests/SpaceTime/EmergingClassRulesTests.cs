using Geo.Analysis.SpaceTime;

namespace Geo.Analysis.Tests.SpaceTime;

/// <summary>One row per ArcGIS category: H = significant hot, C = significant cold, . = neither; trend = sign of a significant MK trend.</summary>
public class EmergingClassRulesTests
{
    public static TheoryData<string, int, EmergingClass> Rows => new()
    {
        { "..........", 0, EmergingClass.NoPattern },
        { ".........H", 0, EmergingClass.NewHotSpot },
        { "C........H", 0, EmergingClass.NewHotSpot },
        { "......HHHH", 1, EmergingClass.ConsecutiveHotSpot },
        { "........HH", 0, EmergingClass.ConsecutiveHotSpot },
        { ".HHHHHHHHH", 1, EmergingClass.IntensifyingHotSpot },
        { "HHHHHHHHHH", 0, EmergingClass.PersistentHotSpot },
        { "HHHH.HHHHH", 0, EmergingClass.PersistentHotSpot },
        { "HHHHHHHHHH", -1, EmergingClass.DiminishingHotSpot },
        { "H..HH...HH", 0, EmergingClass.SporadicHotSpot },
        { "..H......H", 0, EmergingClass.SporadicHotSpot },
        { "HC.H....HH", 0, EmergingClass.OscillatingHotSpot },
        { "HHHHHHHHH.", -1, EmergingClass.HistoricalHotSpot },
        { "HHHHHHHH..", 0, EmergingClass.NoPattern },       // 80% hot, final not hot: nothing
        { ".........C", 0, EmergingClass.NewColdSpot },
        { ".......CCC", -1, EmergingClass.ConsecutiveColdSpot },
        { "CCCCCCCCCC", -1, EmergingClass.IntensifyingColdSpot },
        { "CCCCCCCCCC", 0, EmergingClass.PersistentColdSpot },
        { "CCCCCCCCCC", 1, EmergingClass.DiminishingColdSpot },
        { "C.C.C....C", 0, EmergingClass.SporadicColdSpot },
        { "C.H.C....C", 0, EmergingClass.OscillatingColdSpot },
        { "CCCCCCCCC.", 0, EmergingClass.HistoricalColdSpot },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Classify_follows_the_ArcGIS_rules(string pattern, int trend, EmergingClass expected)
    {
        var hot = pattern.Select(ch => ch == 'H').ToArray();
        var cold = pattern.Select(ch => ch == 'C').ToArray();
        var mk = trend == 0
            ? new MannKendallResult(0, 125, 0, 1, 0)
            : new MannKendallResult(trend * 30, 125, trend * 29 / Math.Sqrt(125), 0.01, trend);
        Assert.Equal(expected, EmergingHotspots.Classify(hot, cold, mk));
    }

    [Fact]
    public void A_nonsignificant_trend_is_no_trend()
    {
        var hot = Enumerable.Repeat(true, 10).ToArray();
        var cold = new bool[10];
        var weak = new MannKendallResult(5, 125, 4 / Math.Sqrt(125), 0.72, 1);
        Assert.Equal(EmergingClass.PersistentHotSpot, EmergingHotspots.Classify(hot, cold, weak));
    }
}
