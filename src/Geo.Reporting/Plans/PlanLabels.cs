using System.Globalization;
using Geo.Core.Taxonomy;
using Geo.Planning.Plans;

namespace Geo.Reporting.Plans;

/// <summary>
/// The words of a plan file in the plan's language (<c>sv</c>, anything else than <c>en</c>, or <c>en</c>): the columns of
/// Brå's template, the labels of the coded values (kind, work, horizon, status, follow-up colour, change class) and the
/// numbers (a decimal comma and "20 %" in Swedish, "20%" in English; dates always ISO).
/// </summary>
internal sealed class PlanLabels
{
    private static readonly CultureInfo SvCulture = CultureInfo.GetCultureInfo("sv-SE");

    private PlanLabels(bool swedish) => Swedish = swedish;

    public static PlanLabels For(string lang) => new(lang != "en");

    public bool Swedish { get; }

    public string Lang => Swedish ? "sv" : "en";

    private string T(string sv, string en) => Swedish ? sv : en;

    // The columns of Brå's template.
    public string Number => T("Nr", "No.");
    public string Problem => "Problem";
    public string Cause => T("Orsak", "Cause");
    public string Measure => T("Åtgärd", "Measure");
    public string Goal => T("Operativt mål", "Operational goal");
    public string IndicatorAndBaseline => T("Indikator och utgångsvärde", "Indicator and baseline");
    public string When => T("När (klart senast / uppföljning)", "When (deadline / review)");
    public string Who => T("Vem (ansvarig aktör)", "Who (responsible)");
    public string Type => T("Typ (situationell/social, engångsinsats/ordinarie verksamhet, kort/lång sikt)", "Type");
    public string Status => "Status";
    public string FollowUp => T("Uppföljning (grön/gul/röd)", "Follow-up (green/yellow/red)");
    public string Notes => T("Anteckningar", "Notes");

    // The spreadsheet splits the template's combined columns into typed ones.
    public string Baseline => T("Utgångsvärde", "Baseline");
    public string GoalChange => T("Målförändring", "Goal change");
    public string Deadline => T("När: klart senast", "When: deadline");
    public string Review => T("När: uppföljning", "When: review");
    public string ActorTypes => T("Aktörstyper", "Actor types");
    public string TypeKind => T("Typ: situationell/social", "Type: situational/social");
    public string TypeWork => T("Typ: engångsinsats/ordinarie verksamhet", "Type: one-off/ordinary work");
    public string TypeHorizon => T("Typ: kort/lång sikt", "Type: short/long term");
    public string MatchReason => T("Skäl till matchningen", "Match reason");
    public string MatchScore => T("Matchningspoäng", "Match score");
    public string CauseCode => T("Orsakskod", "Cause code");
    public string MeasureId => T("Åtgärds-id", "Measure id");
    public string RowId => T("Rad-id", "Row id");
    public string Version => "Version";
    public string Updated => T("Ändrad (UTC)", "Updated (UTC)");
    public string UpdatedBy => T("Ändrad av", "Updated by");

    // Follow-up columns.
    public string Indicator => T("Indikator", "Indicator");
    public string Now => T("Nu", "Now");
    public string RateRatio => T("Kvot", "Rate ratio");
    public string Lower => T("Nedre gräns (95 %)", "Lower limit (95%)");
    public string Upper => T("Övre gräns (95 %)", "Upper limit (95%)");
    public string RatioWithInterval => T("Kvot (95 % KI)", "Rate ratio (95% CI)");
    public string P => "p";
    public string Change => T("Förändring", "Change");
    public string SuggestedStatus => T("Föreslagen status", "Suggested status");
    public string Explanation => T("Förklaring", "Explanation");

    // Sheets and headings.
    public string PlanSheet => T("Åtgärdsplan", "Action plan");
    public string FollowUpSheet => T("Uppföljning", "Follow-up");
    public string MetadataSheet => "Metadata";
    public string Field => T("Uppgift", "Field");
    public string Value => T("Värde", "Value");
    public string Details => T("Raderna i detalj", "The rows in detail");

    // Header facts.
    public string PlanId => T("Plan-id", "Plan id");
    public string Title => T("Titel", "Title");
    public string StudyArea => T("Studieområde", "Study area");
    public string Run => T("Körning", "Run");
    public string Drafted => T("Upprättad", "Drafted");
    public string DraftedUtc => T("Upprättad (UTC)", "Drafted (UTC)");
    public string CreatedBy => T("Upprättad av", "Drafted by");
    public string ReviewDate => T("Uppföljningsdatum", "Review date");
    public string Language => T("Språk", "Language");
    public string LanguageName => T("svenska", "English");
    public string TopN => T("Antal prioriterade problem (topp N)", "Prioritised problems (top N)");
    public string BasedOn => T("Bygger på plan", "Based on plan");
    public string GeoVersion => T("Geo-version", "Geo version");
    public string Note => T("Obs", "Note");
    public string FollowUpRun => T("Uppföljning mot körning", "Follow-up against run");
    public string FollowUpFrom => T("Uppföljningsperiod från", "Follow-up period from");
    public string FollowUpTo => T("Uppföljningsperiod till", "Follow-up period to");
    public string StatusCodes => T("Statusvärden (kod = text)", "Status values (code = text)");
    public string FollowUpCodes => T("Uppföljningsvärden (kod = text)", "Follow-up values (code = text)");
    public string By => T("av", "by");

    // Detail list.
    public string Actors => T("Aktörer", "Actors");
    public string Responsible => T("Ansvarig", "Responsible");
    public string IndicatorDefinition => T("Indikatorns definition", "Indicator definition");
    public string Target => T("Mäts för", "Measured for");
    public string CategoryGroup => T("kategorigrupp", "category group");
    public string Window => T("timmar", "hours");
    public string OfIncidents => T("av händelserna", "of the incidents");
    public string BaselineWord => T("utgångsvärde", "baseline");
    public string Over => T("under", "over");
    public string GoalWord => T("mål", "goal");
    public string Edited => T("ändrad", "updated");
    public string NotSet => T("ej angiven", "not set");

    /// <summary>Causes are hypotheses: the note every plan file carries.</summary>
    public string HypothesisNote => T(
        "Orsakerna är hypoteser som Geo föreslår utifrån fakta i data (brottstriangeln: plats, gärningsperson, offer/mål och deras väktare). "
        + "De är underlag för gruppens diskussion, inte fastställda orsaker; åtgärder, mål och ansvar beslutas av gruppen.",
        "The causes are hypotheses Geo proposes from facts in the data (the crime triangle: place, offender, victim/target and their controllers). "
        + "They are for the group to discuss, not established causes; measures, goals and responsibilities are the group's decisions.");

    public string FollowUpHeading(PlanFollowUp f) =>
        T($"Uppföljning mot körning {f.RunId} ({Date(f.PeriodFrom)} – {Date(f.PeriodTo)})",
          $"Follow-up against run {f.RunId} ({Date(f.PeriodFrom)} – {Date(f.PeriodTo)})");

    /// <summary>The status codes of a plan row, in their order, with their labels.</summary>
    public IReadOnlyList<(string Code, string Label)> Statuses =>
    [
        ("proposed", T("föreslagen", "proposed")),
        ("adopted", T("antagen", "adopted")),
        ("in_progress", T("pågår", "in progress")),
        ("done", T("klar", "done")),
        ("rejected", T("avslagen", "rejected")),
    ];

    /// <summary>The follow-up colours with their labels.</summary>
    public IReadOnlyList<(string Code, string Label)> Colours =>
    [
        ("green", T("grön", "green")),
        ("yellow", T("gul", "yellow")),
        ("red", T("röd", "red")),
    ];

    public string StatusLabel(string code) => Lookup(Statuses, code);

    public string ColourLabel(string? code) => code is null ? "" : Lookup(Colours, code);

    public string KindLabel(string code) => code switch
    {
        "situational" => T("situationell", "situational"),
        "social" => "social",
        _ => code,
    };

    public string WorkLabel(string code) => code switch
    {
        "engång" => T("engångsinsats", "one-off"),
        "ordinarie" => T("ordinarie verksamhet", "ordinary work"),
        _ => code,
    };

    public string HorizonLabel(string code) => code switch
    {
        "short" => T("kort sikt", "short term"),
        "long" => T("lång sikt", "long term"),
        _ => code,
    };

    public string TypeLabel(PlanRow row) => $"{KindLabel(row.Kind)}, {WorkLabel(row.Work)}, {HorizonLabel(row.Horizon)}";

    public string ChangeClassLabel(string code) => code switch
    {
        "significant_fall" => T("signifikant minskning", "significant fall"),
        "significant_rise" => T("signifikant ökning", "significant rise"),
        "no_significant_change" => T("ingen signifikant förändring", "no significant change"),
        "undefined" => T("kan inte prövas", "cannot be tested"),
        _ => code,
    };

    public string TargetKindLabel(string code) => code switch
    {
        "area" => T("område", "area"),
        "hotspot" => "hotspot",
        _ => code,
    };

    /// <summary>A category group in words ("total" is all incidents; unknown codes as they are).</summary>
    public string Group(string code)
    {
        if (code == "total") return T("alla händelser", "all incidents");
        var c = CategoryTaxonomy.BuiltIn.Find(code);
        return c is null ? code : Swedish ? c.LabelSv : c.LabelEn;
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d is { } v ? Date(v) : "";

    public static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A number with at most <paramref name="decimals"/> decimals (decimal comma in Swedish); "–" when not finite.</summary>
    public string Num(double v, int decimals = 2)
    {
        if (!double.IsFinite(v)) return "–";
        var format = decimals == 0 ? "#,0" : "#,0." + new string('#', decimals);
        return v.ToString(format, Swedish ? SvCulture : CultureInfo.InvariantCulture).Replace('\u2212', '-');
    }

    public string Num(double? v, int decimals = 2) => v is { } x ? Num(x, decimals) : "–";

    /// <summary>A share or change as a percentage: "-20 %" (Swedish) or "-20%".</summary>
    public string Percent(double share, int decimals = 0)
    {
        if (!double.IsFinite(share)) return "–";
        var n = Num(share * 100, decimals);
        return Swedish ? n + " %" : n + "%";
    }

    /// <summary>A p-value: "0,003", "< 0,001".</summary>
    public string PValue(double? p) => p switch
    {
        null => "–",
        < 0.001 => "< " + Num(0.001, 3),
        { } v => Num(v, 3),
    };

    /// <summary>An indicator's value: a percentage for the share indicators, a number otherwise.</summary>
    public string IndicatorValue(string code, double v) => IsShare(code) ? Percent(v, 1) : Num(v);

    public static bool IsShare(string indicatorCode) => indicatorCode.EndsWith("_share", StringComparison.Ordinal);

    /// <summary>"Description: utgångsvärde 7,3 (2025-01-01 – 2025-12-31), mål -20 %".</summary>
    public string IndicatorText(PlanIndicator i) =>
        $"{i.Description}: {BaselineWord} {IndicatorValue(i.Code, i.Baseline)} ({Date(i.BaselineFrom)} – {Date(i.BaselineTo)}), {GoalWord} {Percent(i.GoalChange)}";

    /// <summary>"klart senast 2027-03-31 / uppföljning 2027-06-30".</summary>
    public string WhenText(PlanRow r) =>
        T($"klart senast {(r.Deadline is { } d ? Date(d) : "ej angivet")} / uppföljning {Date(r.ReviewDate)}",
          $"deadline {(r.Deadline is { } d2 ? Date(d2) : "not set")} / review {Date(r.ReviewDate)}");

    /// <summary>The named responsible with the actor types, or the actor types alone.</summary>
    public string WhoText(PlanRow r)
    {
        var actors = string.Join(", ", r.Actors);
        if (string.IsNullOrWhiteSpace(r.Responsible)) return actors;
        return actors.Length == 0 ? r.Responsible : $"{r.Responsible} ({actors})";
    }

    private static string Lookup(IReadOnlyList<(string Code, string Label)> list, string code)
    {
        foreach (var (c, l) in list)
        {
            if (c == code) return l;
        }
        return code;
    }
}
