namespace Geo.Analysis.Weights;

/// <summary>How the weights are scaled.</summary>
public enum WeightsKind
{
    /// <summary>w_ij = 1 for neighbours (or a general weight read from a GWT file).</summary>
    Binary,
    /// <summary>Each row sums to 1 (spdep style "W", esda transform "r").</summary>
    RowStandardised,
    /// <summary>Weights as read from a file or given by a kernel.</summary>
    General,
}
