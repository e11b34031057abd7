namespace Geo.Testing;

/// <summary>A theory that needs ../shared/data: skipped when absent outside CI, run (and failing) under CI=true.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available && !SharedData.IsCi)
            Skip = "../shared/data is not beside this clone: test skipped (it runs in CI, where a missing folder fails).";
    }
}
