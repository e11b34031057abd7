using Geo.Analysis.Inference;

namespace Geo.Analysis.Tests.Inference;

public sealed class PermutationFloorTests
{
    [Theory]
    // 999 permutations reach p = 0.001: enough for alpha/n = 0.05/49 ≈ 0.00102, not for 0.05/17201.
    [InlineData(999, 49, 0.05, Correction.BenjaminiHochberg, false, 0)]
    [InlineData(999, 17201, 0.05, Correction.BenjaminiHochberg, true, 344019)]
    [InlineData(99, 49, 0.05, Correction.Holm, true, 979)]
    // Without correction the threshold is alpha itself: 19 permutations give 1/20 = 0.05, enough.
    [InlineData(19, 1000, 0.05, Correction.None, false, 0)]
    [InlineData(18, 1000, 0.05, Correction.None, true, 19)]
    public void Says_when_the_smallest_pseudo_p_cannot_reach_the_threshold(int permutations, int n, double alpha, Correction correction, bool unreachable, long needed)
    {
        var floor = PermutationFloor.Check(permutations, n, alpha, correction);
        Assert.Equal(unreachable, floor is not null);
        if (floor is null) return;
        Assert.Equal(1.0 / (permutations + 1), floor.Floor, 15);
        Assert.Equal(needed, floor.Needed);
        Assert.True(1.0 / (floor.Needed + 1) <= floor.Threshold * (1 + 1e-12));
        Assert.True(1.0 / floor.Needed > floor.Threshold);
    }
}
