using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// The default fictional municipality "Exempelkommun" (code 9999): about 80,000 inhabitants (Luleå's size) on
/// roughly 900 km² of land around E 830 000, N 7 290 000 (SWEREF 99 TM), with the sea to the south-east. The town
/// centre lies 3–4 km from the coast, surrounded by six residential districts, an industrial area and five villages.
/// The geography is fixed (independent of the seed); the seed drives everything drawn from it.
/// </summary>
internal static class ExempelkommunLandscape
{
    public const string Code = "9999";
    public const string Name = "Exempelkommun";

    /// <summary>Land boundary, clockwise from the south-west corner; the south-east side is the coastline.</summary>
    private static readonly (double X, double Y)[] Outline =
    [
        (806000, 7272000), (805200, 7280500), (806400, 7290000), (805600, 7299000), (806000, 7308000),
        (815000, 7309200), (824000, 7308100), (833000, 7309000), (842000, 7308000),
        // coastline, north-east to south-west, with bays and a harbour inlet
        (841200, 7304500), (840000, 7300000), (838300, 7298600), (836500, 7295000), (836900, 7293300),
        (835000, 7291500), (834200, 7290800), (833500, 7289000), (834100, 7287400), (832000, 7285000),
        (830600, 7282800), (829000, 7279000), (827900, 7276200), (826000, 7272000),
        (816000, 7271400),
    ];

    public static Landscape Create()
    {
        var ring = Outline.Append(Outline[0]).Select(p => new Coordinate(p.X, p.Y)).ToArray();
        var polygon = Landscape.Factory.CreatePolygon(ring);
        var boundary = Landscape.Factory.CreateMultiPolygon([polygon]);
        Place[] places =
        [
            new("Centrum", 830000, 7290000, 9500, 700, PlaceKind.Centre),
            new("Norrstaden", 828500, 7292800, 10000, 900, PlaceKind.Residential),
            new("Bergby", 826300, 7289500, 11000, 900, PlaceKind.Residential),
            new("Södermalm", 830300, 7287000, 9000, 800, PlaceKind.Residential),
            new("Hamnviken", 833000, 7293700, 7000, 700, PlaceKind.Residential),
            new("Skogsgläntan", 824000, 7293800, 8000, 1000, PlaceKind.Residential),
            new("Ängsby", 827000, 7284500, 6000, 900, PlaceKind.Residential),
            new("Verkstadsområdet", 824800, 7286300, 500, 600, PlaceKind.Industrial),
            new("Storbyn", 816000, 7298000, 3500, 800, PlaceKind.Village),
            new("Lillträsk", 812000, 7284000, 1500, 600, PlaceKind.Village),
            new("Kustnäs", 836500, 7302500, 2500, 700, PlaceKind.Village),
            new("Råbäcken", 820000, 7278000, 2000, 600, PlaceKind.Village),
            new("Norrmyran", 822000, 7304000, 1500, 600, PlaceKind.Village),
        ];
        return new Landscape(Code, Name, boundary, places, 8000);
    }
}
