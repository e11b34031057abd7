using System.CommandLine;
using Geo.Analysis.Inference;
using Geo.Planning.Stats;

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

    public Significance Value(ParseResult p)
    {
        var flags = new[] { (p.GetValue(Fdr), Correction.BenjaminiHochberg), (p.GetValue(Bonferroni), Correction.Bonferroni),
                (p.GetValue(Holm), Correction.Holm), (p.GetValue(NoAdjust), Correction.None) }
            .Where(f => f.Item1).Select(f => f.Item2).ToList();
        if (flags.Count > 1) throw new ArgumentException("choose one of --fdr, --bonferroni, --holm, --no-adjust.");
        var s = new Significance(p.GetValue(Alpha), flags.Count == 1 ? flags[0] : Correction.BenjaminiHochberg);
        s.Validate();
        return s;
    }
}
