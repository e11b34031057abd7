namespace Geo.Analysis.Disclosure;

/// <summary>How a linear program of <see cref="BoundedSimplex"/> ended.</summary>
public enum LpOutcome
{
    /// <summary>An optimal vertex was found.</summary>
    Optimal = 0,

    /// <summary>The objective decreases without bound on the feasible set.</summary>
    Unbounded = 1,

    /// <summary>No point satisfies the constraints and bounds.</summary>
    Infeasible = 2,
}
