using System.CommandLine;
using System.Globalization;
using Geo.Analysis.Inference;

namespace Geo.Cli.Commands.Stats;

/// <summary>--alpha and the one multiple-testing correction (--fdr | --bonferroni | --holm | --no-adjust).</summary>
internal sealed class SignificanceOptions
{
    public readonly Option<double> Alpha = new("--alpha") { Description = "Significance level of the classes.", DefaultValueFactory = _ => 0.05 };
    public readonly Option<bool> Fdr = new("--fdr") { Description = "Benjamini-Hochberg false discovery rate correction (the default)." };
    public readonly Option<bool> Bonferroni = new("--bonferroni") { Description = "Bonferroni correction." };
    public readonly Option<bool> Holm = new("--holm") { Description = "Holm step-down correction." };
    public readonly Option<bool> NoAdjust = new("--no-adjust") { Description = "No multiple-testing correction." };

    public void AddTo(Command c)
    {
        c.Options.Add(Alpha); c.Options.Add(Fdr); c.Options.Add(Bonferroni); c.Options.Add(Holm); c.Options.Add(NoAdjust);
    }

    public Correction Correction(ParseResult p)
    {
        var flags = new[] { (p.GetValue(Fdr), Analysis.Inference.Correction.BenjaminiHochberg), (p.GetValue(Bonferroni), Analysis.Inference.Correction.Bonferroni),
                (p.GetValue(Holm), Analysis.Inference.Correction.Holm), (p.GetValue(NoAdjust), Analysis.Inference.Correction.None) }
            .Where(f => f.Item1).Select(f => f.Item2).ToList();
        if (flags.Count > 1) throw new ArgumentException("choose one of --fdr, --bonferroni, --holm, --no-adjust.");
        return flags.Count == 1 ? flags[0] : Analysis.Inference.Correction.BenjaminiHochberg;
    }

    public double AlphaValue(ParseResult p)
    {
        var a = p.GetValue(Alpha);
        return a > 0 && a < 1 ? a : throw new ArgumentException($"--alpha must be between 0 and 1, got {a.ToString(CultureInfo.InvariantCulture)}.");
    }

    public static string Name(Correction c) => c switch
    {
        Analysis.Inference.Correction.BenjaminiHochberg => "fdr (Benjamini-Hochberg)",
        Analysis.Inference.Correction.Bonferroni => "bonferroni",
        Analysis.Inference.Correction.Holm => "holm",
        _ => "none",
    };
}
