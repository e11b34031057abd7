namespace Geo.Analysis.Inference;

/// <summary>Classification of a location after the (corrected) significance test.</summary>
public enum LocalClass
{
    NotSignificant,
    /// <summary>Getis–Ord: significantly high local sum (z &gt; 0).</summary>
    Hot,
    /// <summary>Getis–Ord: significantly low local sum (z &lt; 0).</summary>
    Cold,
    /// <summary>LISA: high value among high neighbours.</summary>
    HighHigh,
    /// <summary>LISA: low value among low neighbours.</summary>
    LowLow,
    /// <summary>LISA: high value among low neighbours (outlier).</summary>
    HighLow,
    /// <summary>LISA: low value among high neighbours (outlier).</summary>
    LowHigh,
    /// <summary>The statistic is undefined here (no neighbours, zero variance): no class and no p-value; see <see cref="LocalResult.Undefined"/>.</summary>
    Undefined,
}
