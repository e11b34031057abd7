namespace Geo.Reporting.Maps;

/// <summary>
/// The colours of the report's maps: ColorBrewer sequential palettes (YlOrRd, Blues) and viridis for choropleths,
/// ColorBrewer RdBu (7 classes) for Gi* hot and cold spots, distinct colours for the emerging classes, and the Okabe–Ito
/// colours with four shapes for resource types. The hex values are those of R's RColorBrewer and viridisLite.
/// </summary>
public static class MapColours
{
    /// <summary>The fill of areas without a value (missing or suppressed), drawn under a hatch.</summary>
    public const string NoValue = "#d9d9d9";

    private static readonly Dictionary<SequentialPalette, string[][]> Sequential = new()
    {
        [SequentialPalette.YlOrRd] =
        [
            ["#FFEDA0", "#FEB24C", "#F03B20"],
            ["#FFFFB2", "#FECC5C", "#FD8D3C", "#E31A1C"],
            ["#FFFFB2", "#FECC5C", "#FD8D3C", "#F03B20", "#BD0026"],
            ["#FFFFB2", "#FED976", "#FEB24C", "#FD8D3C", "#F03B20", "#BD0026"],
            ["#FFFFB2", "#FED976", "#FEB24C", "#FD8D3C", "#FC4E2A", "#E31A1C", "#B10026"],
        ],
        [SequentialPalette.Blues] =
        [
            ["#DEEBF7", "#9ECAE1", "#3182BD"],
            ["#EFF3FF", "#BDD7E7", "#6BAED6", "#2171B5"],
            ["#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C"],
            ["#EFF3FF", "#C6DBEF", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C"],
            ["#EFF3FF", "#C6DBEF", "#9ECAE1", "#6BAED6", "#4292C6", "#2171B5", "#084594"],
        ],
        [SequentialPalette.Viridis] =
        [
            ["#440154", "#21908C", "#FDE725"],
            ["#440154", "#31688E", "#35B779", "#FDE725"],
            ["#440154", "#3B528B", "#21908C", "#5DC863", "#FDE725"],
            ["#440154", "#414487", "#2A788E", "#22A884", "#7AD151", "#FDE725"],
            ["#440154", "#443A83", "#31688E", "#21908C", "#35B779", "#8FD744", "#FDE725"],
        ],
    };

    /// <summary>The largest number of classes the sequential palettes have.</summary>
    public const int MaxClasses = 7;

    /// <summary>The <paramref name="classes"/> colours (1 to 7) of a sequential palette, low to high.</summary>
    public static IReadOnlyList<string> Of(SequentialPalette palette, int classes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classes, MaxClasses);
        var sets = Sequential[palette];
        return classes switch
        {
            1 => [sets[0][1]],
            2 => [sets[0][0], sets[0][2]],
            _ => sets[classes - 3],
        };
    }

    /// <summary>RdBu (7): Gi* hot spots 99/95/90 %, not significant, cold spots 90/95/99 % (keyed by the codes of <see cref="CellClasses"/>).</summary>
    internal static readonly IReadOnlyDictionary<string, string> Gi = new Dictionary<string, string>
    {
        [CellClasses.Hot99] = "#B2182B",
        [CellClasses.Hot95] = "#EF8A62",
        [CellClasses.Hot90] = "#FDDBC7",
        [CellClasses.NotSignificant] = "#F7F7F7",
        [CellClasses.Cold90] = "#D1E5F0",
        [CellClasses.Cold95] = "#67A9CF",
        [CellClasses.Cold99] = "#2166AC",
    };

    /// <summary>The emerging classes: reds, oranges, pinks and browns for hot spots, blues, greens and purple for cold spots.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Emerging = new Dictionary<string, string>
    {
        ["new_hot_spot"] = "#FEE08B",
        ["consecutive_hot_spot"] = "#FDAE61",
        ["intensifying_hot_spot"] = "#D73027",
        ["persistent_hot_spot"] = "#A50026",
        ["diminishing_hot_spot"] = "#F46D43",
        ["sporadic_hot_spot"] = "#F1B6DA",
        ["oscillating_hot_spot"] = "#C51B7D",
        ["historical_hot_spot"] = "#8C510A",
        ["new_cold_spot"] = "#C7EAE5",
        ["consecutive_cold_spot"] = "#80CDC1",
        ["intensifying_cold_spot"] = "#4575B4",
        ["persistent_cold_spot"] = "#313695",
        ["diminishing_cold_spot"] = "#74ADD1",
        ["sporadic_cold_spot"] = "#B8E186",
        ["oscillating_cold_spot"] = "#4D9221",
        ["historical_cold_spot"] = "#542788",
        ["no_pattern"] = "#F0F0F0",
    };

    /// <summary>The fill of a cell class (Gi* or emerging code); an unknown code is drawn grey.</summary>
    public static string OfCell(string code) =>
        Gi.TryGetValue(code, out var c) ? c : Emerging.TryGetValue(code, out var e) ? e : "#BDBDBD";

    private static readonly Dictionary<string, ResourceSymbol> Resources = new()
    {
        ["licensed_premises"] = new("diamond", "#D55E00"),
        ["transit_stop"] = new("circle", "#56B4E9"),
        ["school"] = new("square", "#0072B2"),
        ["shop"] = new("circle", "#E69F00"),
        ["youth_centre"] = new("circle", "#009E73"),
        ["field_work_area"] = new("diamond", "#009E73"),
        ["police_station"] = new("square", "#000000"),
        ["social_services"] = new("diamond", "#CC79A7"),
        ["camera"] = new("triangle", "#56B4E9"),
        ["lighting"] = new("triangle", "#F0E442"),
        ["housing_estate"] = new("square", "#E69F00"),
        ["sports_facility"] = new("triangle", "#009E73"),
        ["other"] = new("circle", "#999999"),
    };

    /// <summary>The symbol of a resource type (the codes of Geo.Core's ResourceTypes); an unknown type is a grey circle.</summary>
    public static ResourceSymbol OfResource(string type) => Resources.TryGetValue(type, out var s) ? s : Resources["other"];
}
