using System.Globalization;
using System.Text.RegularExpressions;

namespace Geo.Cli.Tests;

/// <summary><c>geo plan</c> on the runs <see cref="AnalyzeCliTests"/> stores once for the class.</summary>
public sealed partial class AnalyzeCliTests
{
    [Fact]
    public async Task Plan_draft_set_status_show_history_and_follow_up_work_and_usage_errors_exit_2()
    {
        var run = _shared!.SwedishId.ToString(CultureInfo.InvariantCulture);
        var draft = await Geo("plan", "draft", run, "--top", "1");
        Assert.True(draft.Exit == 0, draft.Err + draft.Out);
        Assert.Contains("Uppföljningsdatum", draft.Out);
        var m = Regex.Match(draft.Out, $@"Plan (\d+) drafted from run {run}: (\d+) rows\.");
        Assert.True(m.Success, draft.Out);
        var plan = m.Groups[1].Value;
        Assert.True(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) >= 2);
        Assert.Contains("night_economy", draft.Out);

        var set = await Geo("plan", "set-status", plan, "1", "adopted", "--responsible", "Fältgruppen");
        Assert.True(set.Exit == 0, set.Err + set.Out);
        Assert.Contains($"Plan {plan} row 1: adopted; responsible Fältgruppen; deadline –; version 2.", set.Out);
        var keep = await Geo("plan", "set-status", plan, "1", "-", "--notes", "Beslut 12 mars", "--deadline", "2027-06-30");
        Assert.True(keep.Exit == 0, keep.Err + keep.Out);
        Assert.Contains("adopted; responsible Fältgruppen; deadline 2027-06-30; version 3.", keep.Out);

        var show = await Geo("plan", "show", plan, "--history");
        Assert.True(show.Exit == 0, show.Err + show.Out);
        Assert.Contains($"Plan {plan} · study area 9999 · run {run}", show.Out);
        Assert.Contains("Operativt mål: Minska", show.Out);
        Assert.Contains("History: 4 changes", show.Out);
        var list = await Geo("plan", "list", "--study-area", "9999");
        Assert.True(list.Exit == 0, list.Err + list.Out);
        Assert.Matches($@"(?s)\b{plan}\b.*9999.*{run}.*adopted 1", list.Out);

        var follow = await Geo("plan", "follow-up", plan, "--run", _shared.EnglishId.ToString(CultureInfo.InvariantCulture));
        Assert.True(follow.Exit == 0, follow.Err + follow.Out);
        Assert.Contains($"Plan {plan} followed up with run {_shared.EnglishId} (2025-01-01–2025-06-30)", follow.Out);
        Assert.Contains("baslinjen", follow.Out);

        var md = Path.Combine(Path.GetTempPath(), $"geo-plan-{Guid.NewGuid():N}.md");
        try
        {
            var written = await Geo("plan", "follow-up", plan, "--run", _shared.EnglishId.ToString(CultureInfo.InvariantCulture), "--out", md);
            Assert.True(written.Exit == 0, written.Err + written.Out);
            var text = await File.ReadAllTextAsync(md);
            Assert.Contains("Minska", text);
            Assert.Contains("Fältgruppen", text);
        }
        finally
        {
            File.Delete(md);
        }

        AssertUsageError(await Geo("plan", "set-status", plan, "1", "approved"), "STATUS 'approved' is not one of");
        AssertUsageError(await Geo("plan", "set-status", plan, "999", "adopted"), $"plan {plan} has no row 999");
        AssertUsageError(await Geo("plan", "set-status", plan, "1", "-", "--deadline", "30/6/2027"), "--deadline '30/6/2027' is not a date");
        AssertUsageError(await Geo("plan", "show", "987654321"), "there is no plan 987654321");
        AssertUsageError(await Geo("plan", "draft", run, "--out", "plan.pdf"), "--out plan.pdf");
        AssertUsageError(await Geo("runs", "delete", run), $"run {run} cannot be deleted", $"plan");
    }
}
