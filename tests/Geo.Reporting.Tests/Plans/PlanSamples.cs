using Geo.Planning.Causes;
using Geo.Planning.Plans;

namespace Geo.Reporting.Tests.Plans;

/// <summary>
/// Hand-built plans for the file writers: a Swedish plan of three rows (with å ä ö, a pipe, a line break and notes that
/// start with "=", "+", "-" and "@") with a follow-up, and an English plan of two rows without one.
/// </summary>
internal static class PlanSamples
{
    public const string FormulaNote = "=SUMMA(A1:A9) är ingen formel | bara text";

    private static readonly DateTimeOffset Created = new(2026, 11, 26, 19, 30, 0, TimeSpan.FromHours(1));

    public static FactWindow Weekend { get; } =
        new(4, 5, 22, 4, 0.62, new FactText("fre–lör 22–04", "Fri–Sat 22–04"));

    public static Plan Swedish()
    {
        PlanRow[] rows =
        [
            Row(1, 101, "hotspot", "H2", "violence", 1,
                "Våld vid Nattklubb Midnattssol, fre–lör 22–04: 48 händelser på 12 månader (länet: 3 per månad), ökande",
                "Nattekonomi: serveringsställen öppna till 03 inom 150 m", "night_economy",
                "M07", "Ansvarsfull alkoholservering (krögare | polis)", "Serveringsställe inom 150 m\noch natt/helg", 0.85,
                "situational", "ordinarie", "short",
                new PlanIndicator("incidents_in_window", "Antal våldshändelser i hotspoten under fre–lör 22–04, per månad",
                    "hotspot", "H2", "violence", Weekend, 4.25, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), -0.2),
                ["krogare", "polis", "kommun"], "Åsa Öberg, tillståndsenheten", new DateOnly(2027, 3, 31), "adopted", "green", FormulaNote),
            Row(2, 102, "hotspot", "H2", "violence", 1,
                "Samma problem", "Ingen fritidsgård öppen efter 22 (täckningsglapp)", "uncovered_hours",
                "M31", "Förlängda öppettider på fritidsgården", "Tidsmässigt täckningsglapp fre–lör 22–04", 0.7,
                "social", "engång", "long",
                new PlanIndicator("coverage_gap_share", "Andel händelser när ingen resurs är öppen",
                    "hotspot", "H2", "violence", null, 0.875, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), -0.5),
                ["fritidsgard", "socialtjanst"], null, null, "proposed", null, "+46 fältgruppen ringer\r\nefter mötet"),
            Row(3, 103, "area", "0114-07", "theft", 2,
                "Stölder i Ängby centrum", "Butiker utan skydd", "shop_targets",
                "M12", "Målhärdning i butiker", "Butik inom 100 m", 0.55,
                "situational", "engång", "short",
                new PlanIndicator("incidents", "Antal stölder i området per månad",
                    "area", "0114-07", "theft", null, 12, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), -0.1),
                [], null, new DateOnly(2027, 6, 30), "in_progress", "red", "-@ minus och snabel-a"),
        ];
        return new Plan(17, "9999", 42, "Åtgärdsplan för Exempelkommun 2027", "sv", 3, new DateOnly(2027, 11, 30), "analytiker",
            Created, 12, rows);
    }

    public static PlanFollowUp FollowUp(Plan plan) => new(plan, 51, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
    [
        new PlanRowFollowUp(plan.Rows[0], 4.25, 2.5, 0.588, 0.41, 0.83, 0.0021, "significant_fall", "green", "Signifikant minskning: målet -20 % är nått."),
        new PlanRowFollowUp(plan.Rows[1], 0.875, 0.8, null, null, null, null, "undefined", "yellow", "Andelar prövas inte; ingen förändring mot målet."),
        new PlanRowFollowUp(plan.Rows[2], 12, 15.5, 1.29, 1.04, 1.61, 0.019, "significant_rise", "red", "Signifikant ökning | följ upp."),
    ]);

    public static Plan English()
    {
        PlanRow[] rows =
        [
            Row(1, 201, "hotspot", "H2", "drugs", 1,
                "Drug dealing near the station, Fri–Sat 22–04", "Transit node within 100 m", "transit_node",
                "M03", "Place management at the station", "Transit stop within 100 m", 0.66,
                "situational", "ordinarie", "long",
                new PlanIndicator("incidents_in_window", "Drug incidents in the hotspot within the problem's hours, per month",
                    "hotspot", "H2", "drugs", Weekend, 2.5, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), -0.25),
                ["trafikbolag", "polis"], "Station manager", new DateOnly(2027, 2, 28), "proposed", null, null),
            Row(2, 202, "area", "0114-03", "total", 3,
                "All incidents in Östra Ängen", "Repeat targets", "repeat_targets",
                "M20", "Repeat-victim support", "Repeat share 0.31", 0.41,
                "social", "engång", "short",
                new PlanIndicator("repeat_share", "Share of incidents at places hit before",
                    "area", "0114-03", "total", null, 0.31, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), -0.3),
                ["socialtjanst"], null, null, "done", "yellow", "=HYPERLINK(\"http://example.com\")"),
        ];
        return new Plan(18, "9999", 42, "Action plan, Example municipality", "en", 2, new DateOnly(2027, 10, 31), "analyst",
            Created, null, rows);
    }

    private static PlanRow Row(int position, long id, string targetKind, string targetId, string group, int rank, string problem,
        string cause, string causeCode, string measureId, string measure, string reason, double score, string kind, string work,
        string horizon, PlanIndicator indicator, string[] actors, string? responsible, DateOnly? deadline, string status,
        string? followUp, string? notes) =>
        new(id, position, targetKind, targetId, group, rank, problem, cause, causeCode, measureId, measure, reason, score, kind, work,
            horizon, $"Minska {group} med {(int)Math.Round(-indicator.GoalChange * 100)} % inom 12 månader", indicator, actors, responsible, deadline,
            new DateOnly(2027, 11, 30), status, followUp, notes, position, Created.AddDays(position), "samordnare");
}
