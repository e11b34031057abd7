using System.Globalization;
using Geo.Core.Taxonomy;

namespace Geo.Reporting.Reports;

/// <summary>The report's words and numbers in Swedish (decimal comma, space as thousands separator, "62 %") or English.</summary>
public sealed class ReportText
{
    private static readonly CultureInfo SvCulture = CultureInfo.GetCultureInfo("sv-SE");

    private ReportText(bool swedish) => Swedish = swedish;

    public static ReportText For(string lang) => new(lang != "en");

    public bool Swedish { get; }

    public string Lang => Swedish ? "sv" : "en";

    /// <summary>Swedish or English, as the report's language.</summary>
    public string T(string sv, string en) => Swedish ? sv : en;

    private CultureInfo Culture => Swedish ? SvCulture : CultureInfo.InvariantCulture;

    public string Number(double? v, int decimals = 1) =>
        v is { } x && double.IsFinite(x) ? x.ToString("N" + decimals, Culture).Replace('\u2212', '-').Replace('\u00a0', ' ') : "–";

    public string Whole(double? v) => Number(v, 0);

    public string Percent(double? share, int decimals = 0) =>
        share is { } s && double.IsFinite(s) ? (Swedish ? $"{Number(s * 100, decimals)} %" : $"{Number(s * 100, decimals)}%") : "–";

    /// <summary>A signed change in percent from a ratio: 1.33 → "+33 %".</summary>
    public string Change(double? ratio) =>
        ratio is { } r && double.IsFinite(r) ? Math.Abs(r - 1) < 0.005 ? T("±0 %", "±0%") : (r >= 1 ? "+" : "−") + Percent(Math.Abs(r - 1)) : "–";

    /// <summary>A count, "&lt;5" when suppressed (null with a threshold), "–" when absent.</summary>
    public string Count(int? n, int? suppressBelow) => n is { } v ? Whole(v) : suppressBelow is { } k ? $"<{k}" : "–";

    public string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Period(DateOnly from, DateOnly to) => $"{Date(from)} – {Date(to)}";

    public string Group(string code)
    {
        if (code == "total") return T("Alla händelser", "All incidents");
        var c = CategoryTaxonomy.BuiltIn.Find(code);
        return c is null ? code : Swedish ? c.LabelSv : c.LabelEn;
    }

    public string ResourceType(string type) => Geo.Core.Domain.ResourceTypes.All.TryGetValue(type, out var l) ? (Swedish ? l.Sv : l.En) : type;

    public string ChangeClass(string? code) => code switch
    {
        "significant_rise" => T("signifikant ökning", "significant rise"),
        "significant_fall" => T("signifikant minskning", "significant fall"),
        "no_significant_change" => T("ingen signifikant förändring", "no significant change"),
        null => "–",
        _ => T("kan inte bedömas", "undefined"),
    };

    public string TrendClass(string? code) => code switch
    {
        "rising" => T("ökande", "rising"),
        "falling" => T("minskande", "falling"),
        "no_trend" => T("ingen trend", "no trend"),
        null => "–",
        _ => T("kan inte bedömas", "undefined"),
    };

    /// <summary>An emerging class in running text: the map legend's label (<see cref="Maps.CellClasses.Label"/>) in lower case.</summary>
    public string EmergingClass(string? code)
    {
        if (code is null) return "–";
        var label = Maps.CellClasses.Label(code, Lang);
        return label.Length == 0 ? label : char.ToLowerInvariant(label[0]) + label[1..];
    }

    public string Gap(string kind) => kind switch
    {
        "temporal" => T("tidsmässigt", "temporal"),
        "spatial" => T("rumsligt", "spatial"),
        _ => T("inget", "none"),
    };

    public string Side(string side) => side switch
    {
        "place" => T("Plats", "Place"),
        "offender" => T("Gärningsperson", "Offender"),
        "target" => T("Offer/mål", "Target/victim"),
        "place_manager" => T("Platsansvarig", "Place manager"),
        "handler" => T("Vuxna/nätverk kring gärningspersonen", "Handler"),
        "guardian" => T("Kapabel väktare (skydd)", "Guardian"),
        _ => side,
    };

    public string Kind(string kind) => kind switch
    {
        "area" => T("område", "area"),
        "hotspot" => "hot spot",
        _ => kind,
    };

    public string Role(string role) => role switch
    {
        "analyst" => T("analytiker", "analyst"),
        "coordinator" => T("samordnare", "coordinator"),
        "partner" => T("samverkanspart", "partner"),
        _ => role,
    };

    public string PlanStatus(string status) => status switch
    {
        "proposed" => T("föreslagen", "proposed"),
        "adopted" => T("beslutad", "adopted"),
        "in_progress" => T("pågår", "in progress"),
        "done" => T("genomförd", "done"),
        "rejected" => T("avvisad", "rejected"),
        _ => status,
    };

    public string Traffic(string? status) => status switch
    {
        "green" => T("grön", "green"),
        "yellow" => T("gul", "yellow"),
        "red" => T("röd", "red"),
        null => "–",
        _ => status,
    };
}
