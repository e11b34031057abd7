using Geo.Planning.Causes;
using Geo.Planning.Measures;
using Geo.Planning.Runs;

namespace Geo.Planning.Plans;

/// <summary>
/// The rows of a plan draft from the cause-analysis facts (pure): per problem, one row per candidate cause (the
/// <see cref="MaxCauses"/> most supported hypotheses) with the best-matching measure for that cause not yet used for the
/// problem; the most supported cause also gets the best measure of another technique group when it scores within
/// <see cref="SecondMeasureMargin"/> of the first (so that e.g. licensing conditions and guardianship both appear); a
/// problem with a temporal coverage gap gets a row for the uncovered hours (field work or opening hours); a problem with
/// no hypothesis gets one row with the best measure for the problem itself.
/// </summary>
internal static class PlanDrafter
{
    public const int MaxCauses = 3;
    public const double SecondMeasureMargin = 2.5;
    public const double MinimumScore = 3;

    public static IReadOnlyList<DraftRow> Rows(IReadOnlyList<ProblemFacts> facts, MeasureCatalogue catalogue)
    {
        var rows = new List<DraftRow>();
        foreach (var p in facts)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var uncovered = MeasureMatcher.UncoveredWindow(p);
            void Add(string code, FactText cause, MeasureMatch m, bool gap)
            {
                used.Add(m.Measure.Id);
                rows.Add(new DraftRow(p, code, cause, m, GoalProposal.WindowFor(p, gap || code == "uncovered_hours" ? uncovered : null), gap));
            }
            var causes = p.Hypotheses.Take(MaxCauses).ToList();
            if (causes.Count == 0 && MeasureMatcher.Rank(p, catalogue).FirstOrDefault() is { } only)
                Add("none", new FactText("Ingen hypotes framgår av data: gruppen diskuterar orsaken.", "The data suggest no hypothesis: the group discusses the cause."), only, false);
            MeasureMatch? fallback = null;
            for (var i = 0; i < causes.Count; i++)
            {
                var c = causes[i];
                var ranked = MeasureMatcher.Rank(p, catalogue, c).Where(m => !used.Contains(m.Measure.Id)).ToList();
                if (ranked.Count == 0) continue;
                var best = ranked[0];
                if (i == 0) fallback = best;
                if (best.Score < MinimumScore) continue;
                Add(c.Code, c.Text, best, false);
                if (i > 0) continue;
                var group = Group(best.Measure);
                var second = ranked.Skip(1).FirstOrDefault(m => Group(m.Measure) != group);
                if (second is not null && second.Score >= MinimumScore && second.Score >= best.Score - SecondMeasureMargin) Add(c.Code, c.Text, second, false);
            }
            if (uncovered is not null && MeasureMatcher.RankForGap(p, catalogue).FirstOrDefault(m => !used.Contains(m.Measure.Id)) is { Score: >= MinimumScore } gapMeasure)
                Add("uncovered_hours", GapCause(p, uncovered), gapMeasure, true);
            if (used.Count == 0 && fallback is not null) Add(causes[0].Code, causes[0].Text, fallback, false);
        }
        return rows;
    }

    private static string Group(Measure m) => MeasureVocabulary.Technique(m.Technique)?.Group ?? m.Technique;

    private static FactText GapCause(ProblemFacts p, FactWindow w)
    {
        var sv = RunText.For("sv");
        var en = RunText.For("en");
        var share = p.Coverage.UncoveredShare ?? w.Share;
        return new FactText(
            $"Tidsmässig täckningslucka: {sv.Percent(share)} av händelserna sker när ingen förebyggande verksamhet är öppen, mest {w.Text.Sv}.",
            $"Temporal coverage gap: {en.Percent(share)} of incidents happen when no prevention resource is open, mostly {w.Text.En}.");
    }
}
