namespace Geo.Testing;

/// <summary>A fact that needs ../shared/data: skipped when absent outside CI, run (and failing) under CI=true.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available && !SharedData.IsCi)
            Skip = "../shared/data is not beside this clone: test skipped (it runs in CI, where a missing folder fails).";
    }
}
