namespace Geo.Core.Domain;

/// <summary>The resource type codes Geo knows, with Swedish and English labels.</summary>
public static class ResourceTypes
{
    public static readonly IReadOnlyDictionary<string, (string Sv, string En)> All = new Dictionary<string, (string, string)>
    {
        ["youth_centre"] = ("Fritidsgård", "Youth centre"),
        ["school"] = ("Skola", "School"),
        ["field_work_area"] = ("Fältarbetsområde", "Field-work area"),
        ["police_station"] = ("Polisstation", "Police station"),
        ["social_services"] = ("Socialtjänstkontor", "Social services office"),
        ["camera"] = ("Kamera", "Camera"),
        ["lighting"] = ("Belysning", "Lighting"),
        ["housing_estate"] = ("Bostadsområde (bostadsbolag)", "Housing company property"),
        ["licensed_premises"] = ("Serveringsställe", "Licensed premises"),
        ["transit_stop"] = ("Hållplats/station", "Transit stop"),
        ["shop"] = ("Butik", "Shop"),
        ["sports_facility"] = ("Idrottsanläggning", "Sports facility"),
        ["other"] = ("Övrigt", "Other"),
    };

    public static bool IsKnown(string code) => All.ContainsKey(code);
}
