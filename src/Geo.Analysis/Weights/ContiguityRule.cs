namespace Geo.Analysis.Weights;

/// <summary>Which shared boundary makes two polygons contiguous (PySAL / GeoDa vocabulary).</summary>
public enum ContiguityRule
{
    /// <summary>At least one shared vertex (a shared point suffices).</summary>
    Queen,
    /// <summary>A shared edge of positive length.</summary>
    Rook,
}
