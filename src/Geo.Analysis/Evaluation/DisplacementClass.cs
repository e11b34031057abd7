namespace Geo.Analysis.Evaluation;

/// <summary>What the displacement buffer did while the treated area changed (see <see cref="DisplacementInterpretation"/>).</summary>
public enum DisplacementClass
{
    /// <summary>The measures are undefined (a control count of 0, or no displacement buffer).</summary>
    Undefined,

    /// <summary>The success measure is ≥ 0: the treated area did not fall relative to the control, so there is no effect to displace.</summary>
    NoSuccess,

    /// <summary>The treated area fell and the buffer changed by less than the threshold share of that fall (|WDQ| &lt; threshold).</summary>
    NoDisplacementOrDiffusion,

    /// <summary>The treated area fell and the buffer rose relative to the control (WDQ ≤ −threshold).</summary>
    Displacement,

    /// <summary>The treated area fell and the buffer fell too (WDQ ≥ threshold): diffusion of benefits.</summary>
    Diffusion,
}
