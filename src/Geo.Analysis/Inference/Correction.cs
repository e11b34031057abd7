namespace Geo.Analysis.Inference;

/// <summary>Multiple-testing correction applied once per local analysis (see <see cref="MultipleTesting"/>).</summary>
public enum Correction
{
    /// <summary>Benjamini–Hochberg false discovery rate (the default).</summary>
    BenjaminiHochberg,
    /// <summary>Bonferroni family-wise error rate.</summary>
    Bonferroni,
    /// <summary>Holm step-down family-wise error rate.</summary>
    Holm,
    /// <summary>No correction: adjusted p equals p.</summary>
    None,
}
