using Geo.Analysis.Change;
using Geo.Analysis.Inference;

namespace Geo.Analysis.Tests.Change;

public class HotspotChangeTests
{
    private static LocalResult Result(params LocalClass[] classes)
    {
        var n = classes.Length;
        double[] Zeros() => new double[n];
        return new LocalResult(Zeros(), Zeros(), Zeros(), Zeros(), Zeros(), null, Zeros(), classes, 0, 0, 0.05, Correction.BenjaminiHochberg, PValueBasis.Analytic, new string?[n]);
    }

    [Fact]
    public void EveryTransitionByHand()
    {
        const LocalClass H = LocalClass.Hot, C = LocalClass.Cold, N = LocalClass.NotSignificant;
        var before = Result(N, H, H, N, C, C, N, C, H, LocalClass.HighHigh);
        var after = Result(H, N, H, C, N, C, N, H, C, N);
        var r = HotspotChange.Compare(before, after);
        Assert.Equal(
        [
            HotspotChangeClass.NewHotSpot, HotspotChangeClass.NoLongerHot, HotspotChangeClass.StillHot,
            HotspotChangeClass.NewColdSpot, HotspotChangeClass.NoLongerCold, HotspotChangeClass.StillCold,
            HotspotChangeClass.NoChange, HotspotChangeClass.NewHotSpot, HotspotChangeClass.NewColdSpot, HotspotChangeClass.NoChange,
        ], r.Class);
        Assert.Equal(2, r.Counts[HotspotChangeClass.NewHotSpot]);
        Assert.Equal(2, r.Counts[HotspotChangeClass.NewColdSpot]);
        Assert.Equal(2, r.Counts[HotspotChangeClass.NoChange]);
        Assert.Equal(1, r.Counts[HotspotChangeClass.StillCold]);
        Assert.Equal(10, r.Counts.Values.Sum());
    }

    [Fact]
    public void UndefinedInEitherPeriodClaimsNoChange()
    {
        const LocalClass H = LocalClass.Hot, C = LocalClass.Cold, U = LocalClass.Undefined;
        var r = HotspotChange.Compare(Result(H, U, U, C), Result(U, H, U, C));
        Assert.Equal([HotspotChangeClass.Undefined, HotspotChangeClass.Undefined, HotspotChangeClass.Undefined, HotspotChangeClass.StillCold], r.Class);
        Assert.Equal(3, r.Counts[HotspotChangeClass.Undefined]);
        Assert.Equal(0, r.Counts[HotspotChangeClass.NoLongerHot]);
        Assert.Equal(0, r.Counts[HotspotChangeClass.NewHotSpot]);
    }

    [Fact]
    public void RejectsDifferentLengths() =>
        Assert.Throws<ArgumentException>(() => HotspotChange.Compare(Result(LocalClass.Hot), Result(LocalClass.Hot, LocalClass.Hot)));
}
