namespace Geo.Sample;

/// <summary>
/// The category mix and profiles of the three sources. Shares follow the broad Swedish pattern of reported crime
/// (BRÅ, Anmälda brott 2023: theft and vandalism most common, violence about a fifth); time profiles follow the
/// usual findings (violence and disorder peak on weekend nights near licensed premises; residential burglary in
/// daytime and in the dark months; youth vandalism in evenings near schools and youth centres, in spring and autumn).
/// </summary>
internal static class CategoryModels
{
    private static readonly double[] Flat24 = Enumerable.Repeat(1.0, 24).ToArray();
    private static readonly double[] Flat7 = [1, 1, 1, 1, 1, 1, 1];
    private static readonly double[] Flat12 = Enumerable.Repeat(1.0, 12).ToArray();

    /// <summary>Night-heavy: low in the morning, rising through the evening, peak around midnight.</summary>
    private static readonly double[] Night = [6, 5, 4, 2.5, 1, 0.5, 0.5, 0.6, 0.8, 1, 1.2, 1.4, 1.5, 1.5, 1.6, 1.8, 2, 2.3, 2.6, 3, 3.5, 4.2, 5, 6];
    /// <summary>Daytime: people at work or school.</summary>
    private static readonly double[] Day = [0.3, 0.2, 0.2, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 2.6, 3, 3, 3, 3, 3, 2.8, 2.4, 1.8, 1.3, 1, 0.8, 0.6, 0.5, 0.4];
    /// <summary>Evening: after school, youth.</summary>
    private static readonly double[] Evening = [1.5, 1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1, 1.3, 1.8, 2.4, 3, 3.5, 4, 4.2, 4, 3.5, 2.8, 2];
    /// <summary>Shop and office hours.</summary>
    private static readonly double[] Shop = [0, 0, 0, 0, 0, 0, 0, 0.2, 0.6, 1.5, 2.5, 3, 3.2, 3.2, 3.2, 3.2, 3.2, 3, 2.5, 1.8, 1, 0.3, 0, 0];
    private static readonly double[] Weekend = [0.8, 0.8, 0.85, 0.95, 1.4, 1.6, 1.1];
    private static readonly double[] Weekday = [1.1, 1.1, 1.1, 1.1, 1.05, 0.8, 0.75];
    private static readonly double[] Summer = [0.8, 0.8, 0.9, 1, 1.1, 1.25, 1.3, 1.25, 1.05, 0.95, 0.85, 0.95];
    private static readonly double[] Dark = [1.3, 1.2, 1.05, 0.9, 0.8, 0.75, 1.05, 0.85, 0.85, 1.05, 1.25, 1.4];
    private static readonly double[] SpringAutumn = [0.7, 0.7, 0.9, 1.2, 1.25, 1.1, 0.7, 0.9, 1.3, 1.3, 1.05, 0.9];
    private static readonly double[] NewYear = [2.5, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.8, 3.5];
    private static readonly double[] Warm = [0.2, 0.2, 0.4, 0.9, 1.6, 2, 2, 1.8, 1.3, 0.8, 0.4, 0.3];
    private static readonly double[] Winter = [1.6, 1.5, 1.2, 0.8, 0.5, 0.3, 0.3, 0.5, 0.9, 1.3, 1.6, 1.7];

    private static readonly (string, double, double)[] None = [];
    private static readonly (string, double, double)[] Nightlife = [("licensed_premises", 0.45, 120), ("transit_stop", 0.1, 150)];
    private static readonly (string, double, double)[] Youth = [("school", 0.3, 150), ("youth_centre", 0.25, 150)];
    private static readonly (string, double, double)[] Shops = [("shop", 0.85, 120)];
    private static readonly (string, double, double)[] Transit = [("transit_stop", 0.3, 150), ("youth_centre", 0.1, 200)];

    private static CategoryModel M(string code, double share, double[] hour, double[] dow, double[] month, double boost,
        (string, double, double)[] fac, double dayPrec = 0, double withheld = 0.03, double address = 0.2, double centroid = 0.02) =>
        new(code, share, hour, dow, month, boost, fac, 1 - fac.Sum(f => f.Item2), dayPrec, withheld, address, centroid);

    /// <summary>Police-reported crimes (incidents_police.csv, source polisen-sample).</summary>
    public static readonly CategoryModel[] Police =
    [
        M("violence.assault", 0.11, Night, Weekend, Summer, 3.0, Nightlife, withheld: 0.08),
        M("violence.aggravated_assault", 0.015, Night, Weekend, Summer, 3.0, Nightlife, withheld: 0.08),
        M("violence.threat", 0.07, Evening, Flat7, Flat12, 1.5, [("licensed_premises", 0.15, 150)], withheld: 0.08),
        M("violence.harassment", 0.04, Evening, Flat7, Flat12, 1.0, None, withheld: 0.08),
        M("sexual.harassment", 0.01, Night, Weekend, Summer, 2.0, Nightlife, withheld: 0.08),
        M("theft.bicycle", 0.07, Day, Flat7, Warm, 1.0, Transit),
        M("theft.shoplifting", 0.07, Shop, Flat7, Flat12, 1.0, Shops, address: 0.4),
        M("theft.from_vehicle", 0.06, Night, Flat7, Dark, 1.0, None, dayPrec: 0.3),
        M("theft.vehicle", 0.02, Night, Flat7, Dark, 1.0, None, dayPrec: 0.3),
        M("theft.other", 0.10, Day, Flat7, Flat12, 1.0, [("transit_stop", 0.15, 200)]),
        M("burglary.residential", 0.06, Day, Weekday, Dark, 1.0, None, dayPrec: 0.25, withheld: 0.01),
        M("burglary.commercial", 0.025, Night, Weekend, Dark, 1.0, Shops, dayPrec: 0.3),
        M("robbery.personal", 0.012, Night, Weekend, Flat12, 2.0, Transit, withheld: 0.05),
        M("vandalism.property_damage", 0.08, Evening, Weekend, SpringAutumn, 1.5, Youth, dayPrec: 0.3),
        M("vandalism.graffiti", 0.03, Night, Weekend, SpringAutumn, 1.0, Youth, dayPrec: 0.4),
        M("fire.vehicle", 0.008, Night, Weekend, Flat12, 1.0, None),
        M("drugs.possession", 0.07, Evening, Weekend, Flat12, 1.5, Transit),
        M("drugs.dealing", 0.012, Evening, Flat7, Flat12, 1.0, Transit),
        M("disorder.public_order", 0.03, Night, Weekend, Summer, 3.0, Nightlife),
        M("disorder.drunkenness", 0.02, Night, Weekend, Summer, 3.0, Nightlife),
        M("fraud", 0.07, Day, Weekday, Flat12, 1.0, None, dayPrec: 0.5, withheld: 0.06, centroid: 0.1),
        M("traffic.dui", 0.025, Night, Weekend, Summer, 2.0, None),
        M("weapons.possession", 0.008, Night, Weekend, Flat12, 2.0, Nightlife),
        M("other.crime", 0.038, Day, Flat7, Flat12, 1.0, None, withheld: 0.03),
    ];

    /// <summary>The municipality's fault reports of vandalism and disturbances (incidents_municipal.csv).</summary>
    public static readonly CategoryModel[] Municipal =
    [
        M("vandalism.graffiti", 0.38, Evening, Weekend, SpringAutumn, 1.0, Youth, dayPrec: 0.4, withheld: 0, address: 0.5, centroid: 0),
        M("vandalism.property_damage", 0.34, Evening, Weekend, SpringAutumn, 1.5, Youth, dayPrec: 0.4, withheld: 0, address: 0.5, centroid: 0),
        M("disturbance.noise", 0.12, Night, Weekend, Flat12, 2.0, [("housing_estate", 0.3, 150)], withheld: 0, address: 0.6, centroid: 0),
        M("disturbance.moped", 0.10, Evening, Weekend, Warm, 1.0, Youth, withheld: 0, address: 0.3, centroid: 0.05),
        M("disturbance.fireworks", 0.06, Evening, Weekend, NewYear, 1.0, None, withheld: 0, address: 0.3, centroid: 0.05),
    ];

    /// <summary>The field workers' observations (incidents_fieldwork.csv, source faltgruppen).</summary>
    public static readonly CategoryModel[] Fieldwork =
    [
        M("observation.youth_gathering", 0.45, Evening, Weekend, Summer, 1.5, [("youth_centre", 0.3, 200), ("school", 0.2, 200), ("transit_stop", 0.2, 150)], withheld: 0, address: 0.1, centroid: 0.05),
        M("observation.unsafe_place", 0.20, Evening, Flat7, Winter, 1.0, [("transit_stop", 0.3, 200)], withheld: 0, address: 0.1, centroid: 0.05),
        M("observation.littering", 0.15, Evening, Weekend, Warm, 1.0, Youth, withheld: 0, address: 0.1, centroid: 0.05),
        M("observation.syringes", 0.08, Evening, Flat7, Flat12, 1.0, Transit, withheld: 0, address: 0.1, centroid: 0.05),
        M("observation.lighting", 0.12, Evening, Flat7, Winter, 1.0, None, withheld: 0, address: 0.1, centroid: 0.05),
    ];
}
