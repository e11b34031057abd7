using Geo.Analysis.Repeat;

namespace Geo.Analysis.Tests.Repeat;

public class RepeatPlacesTests
{
    private static readonly double[] X = [100.2, 100.4, 200, 300.6, 301.4, double.NaN, 500, 500];
    private static readonly double[] Y = [50, 50.3, 50, 10, 10, 10, 7, double.NaN];

    [Fact]
    public void Events_snapping_to_the_same_metre_are_repeats()
    {
        // (100, 50) twice; (200, 50) once; (301, 10) twice (300.6 and 301.4 both round to 301); NaN coordinates never.
        Assert.Equal(new[] { true, true, false, true, true, false, false, false }, RepeatPlaces.Flag(X, Y));
    }

    [Fact]
    public void The_tolerance_sets_the_lattice()
    {
        Assert.Equal(new[] { false, false, false, false, false, false, false, false }, RepeatPlaces.Flag(X, Y, tolerance: 0.1));
        // At 150 m: (100.2, 50) and (100.4, 50.3) → (1, 0); 200 → (1, 0) too; 300.6 and 301.4 → (2, 0).
        Assert.Equal(new[] { true, true, true, true, true, false, false, false }, RepeatPlaces.Flag(X, Y, tolerance: 150));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPlaces.Flag(X, Y, tolerance: 0));
    }
}
