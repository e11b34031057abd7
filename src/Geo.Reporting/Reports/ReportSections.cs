namespace Geo.Reporting.Reports;

/// <summary>The report's twelve sections: their anchors (ids in HTML, keys in JSON) and titles in Swedish and English.</summary>
public static class ReportSections
{
    public static readonly IReadOnlyList<(string Id, string Sv, string En)> All =
    [
        ("summary", "Sammanfattning", "Summary"),
        ("method", "Metod, datakällor och vad som saknas", "Method, data sources and what is missing"),
        ("reference", "Kommunen jämförd med länet, riket och liknande kommuner", "The municipality against its county, Sweden and similar municipalities"),
        ("trends", "Utveckling per brottsgrupp", "Trends by category group"),
        ("where", "Var: områden och hot spots", "Where: areas and hotspots"),
        ("when", "När: veckodag, tid på dygnet och årshjul", "When: weekday, hour of day and the year wheel"),
        ("priorities", "Områden och platser i prioritetsordning", "Areas and places in priority order"),
        ("resources", "Resurser och täckningsglapp", "Resources and coverage gaps"),
        ("causes", "Underlag för orsaksanalys", "Cause-analysis facts"),
        ("plan", "Utkast till åtgärdsplan", "Action plan draft"),
        ("follow-up", "Uppföljning av föregående åtgärdsplan", "Follow-up of the previous action plan"),
        ("appendix", "Bilaga: tabeller", "Appendix: tables"),
    ];

    public static string Title(int number, string lang) => $"{number}. {(lang == "en" ? All[number - 1].En : All[number - 1].Sv)}";
}
