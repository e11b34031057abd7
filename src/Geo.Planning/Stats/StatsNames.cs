using System.Text;
using Geo.Analysis.Inference;
using Geo.Analysis.SpaceTime;

namespace Geo.Planning.Stats;

/// <summary>The names of classes and corrections in the outputs of the statistics (kebab-case, as the docs list them).</summary>
public static class StatsNames
{
    public static string Of(LocalClass c) => c switch
    {
        LocalClass.NotSignificant => "not-significant",
        LocalClass.Hot => "hot",
        LocalClass.Cold => "cold",
        LocalClass.HighHigh => "high-high",
        LocalClass.LowLow => "low-low",
        LocalClass.HighLow => "high-low",
        LocalClass.LowHigh => "low-high",
        LocalClass.Undefined => "",
        _ => Kebab(c.ToString()),
    };

    public static string Of(TrendClass c) => c switch
    {
        TrendClass.Increasing => "increasing",
        TrendClass.Decreasing => "decreasing",
        TrendClass.Undefined => "",
        _ => "no-trend",
    };

    /// <summary>NewHotSpot → new-hot-spot.</summary>
    public static string Of(EmergingClass c) => c == EmergingClass.Undefined ? "" : Kebab(c.ToString());

    /// <summary>NoLongerHot → no-longer-hot.</summary>
    public static string Of(Geo.Analysis.Change.HotspotChangeClass c) => c == Geo.Analysis.Change.HotspotChangeClass.Undefined ? "" : Kebab(c.ToString());

    public static string Of(Correction c) => c switch
    {
        Correction.BenjaminiHochberg => "fdr (Benjamini-Hochberg)",
        Correction.Bonferroni => "bonferroni",
        Correction.Holm => "holm",
        _ => "none",
    };

    private static string Kebab(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
