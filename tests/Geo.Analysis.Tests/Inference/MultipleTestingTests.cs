using Geo.Analysis.Inference;

namespace Geo.Analysis.Tests.Inference;

public class MultipleTestingTests
{
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005];

    [Fact]
    public void Benjamini_Hochberg_textbook() =>
        AssertClose([0.02, 0.04, 0.04, 0.02], MultipleTesting.Adjust(P, Correction.BenjaminiHochberg));

    [Fact]
    public void Bonferroni_textbook() =>
        AssertClose([0.04, 0.16, 0.12, 0.02], MultipleTesting.Adjust(P, Correction.Bonferroni));

    [Fact]
    public void Holm_textbook() =>
        // sorted 0.005, 0.01, 0.03, 0.04 → 4·0.005, 3·0.01, 2·0.03, max(0.06, 1·0.04).
        AssertClose([0.03, 0.06, 0.06, 0.02], MultipleTesting.Adjust(P, Correction.Holm));

    [Fact]
    public void None_returns_p() => AssertClose(P, MultipleTesting.Adjust(P, Correction.None));

    [Fact]
    public void Benjamini_Hochberg_is_monotone_and_capped()
    {
        // R: p.adjust(c(0.5, 0.9, 0.001, 0.04, 0.041), "BH") = 0.625 0.900 0.005 0.06833 0.06833
        AssertClose([0.625, 0.9, 0.005, 0.041 * 5 / 3, 0.041 * 5 / 3], MultipleTesting.Adjust([0.5, 0.9, 0.001, 0.04, 0.041], Correction.BenjaminiHochberg));
        Assert.Equal(1.0, MultipleTesting.Adjust([0.9, 0.8], Correction.Bonferroni)[0]);
    }

    [Fact]
    public void NaN_is_excluded_from_the_count()
    {
        var adj = MultipleTesting.Adjust([0.01, double.NaN, 0.04, 0.03, 0.005, double.NaN], Correction.Bonferroni);
        Assert.True(double.IsNaN(adj[1]) && double.IsNaN(adj[5]));
        AssertClose([0.04, 0.16, 0.12, 0.02], [adj[0], adj[2], adj[3], adj[4]]);
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 1e-12);
    }
}
