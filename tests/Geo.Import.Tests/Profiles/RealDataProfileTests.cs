using Geo.Core.Domain;
using Geo.Import.Profiles;
using Geo.Testing;
using Xunit.Abstractions;

namespace Geo.Import.Tests.Profiles;

/// <summary>Every built-in profile reads its real file in ../shared/data end to end with a plausible reject rate.</summary>
public class RealDataProfileTests(ITestOutputHelper output)
{
    public static readonly TheoryData<string, string, string, int, double> Files = new()
    {
        // profile, file, study area, rows, max share rejected
        { "polisen-events", "sweden/polisen_events_2022_2026.csv", "sweden", 85_011, 0.001 },
        { "vancouver-2020", "crime/vancouver_2020/crimedata_csv_AllNeighbourhoods_2020.csv", "vancouver", 37_512, 0.01 },
        { "chicago-crimes-sample", "crime/chicago/chicago_crimes_sample_2017_2019.csv", "chicago", 25_000, 0.01 },
        { "chicago-aggravated-assaults", "crime/chicago/chicago_aggravated_assaults.csv.gz", "chicago", 148_636, 0.01 },
        { "chicago-burglary-2016", "crime/chicago/chicago_residential_burglary_2016_epsg26971.csv", "chicago", 11_701, 0.01 },
        { "memphis-robberies", "crime/memphis/memphis_robberies_2019.csv", "memphis", 2_245, 0.05 },
        { "manchester-burglaries", "crime/manchester/gmp_bur.csv", "greater-manchester", 92_666, 0.001 },
        { "chicago-police-stations", "poi/chicago/chicago_police_stations.csv", "chicago", 23, 0.0 },
        // The CTA also serves suburbs (Evanston, Skokie, Oak Park, Forest Park, Rosemont): 20 stations and 40 stops
        // lie outside the city's community areas and are rejected as outside the study area.
        { "chicago-rail-stations", "poi/chicago/cta_rail_stations_wgs84.geojson", "chicago", 144, 0.15 },
        { "chicago-l-stops", "poi/chicago/cta_L_stops.csv", "chicago", 298, 0.15 },
        { "chicago-liquor-licences", "poi/chicago/chicago_liquor_licences_subset.csv", "chicago", 819, 0.02 },
        // 107 of the 353 premises have no coordinates (NA): resources need a location.
        { "manchester-licensed-premises", "crime/manchester/city_centre_prems.csv", "manchester", 353, 0.32 },
        { "deso-stockholm", "sweden/deso_stockholm/deso_2018_stockholm_county_with_pop2023.geojson", "sweden", 1_287, 0.0 },
        { "kommuner", "sweden/kommuner_wgs84.geojson", "sweden", 290, 0.0 },
        { "kommuner", "sweden/kommuner_sweref99tm.geojson", "sweden", 290, 0.0 },
        { "tatorter", "sweden/tatorter_wgs84.geojson", "sweden", 2_017, 0.0 },
        { "vancouver-neighbourhoods", "crime/vancouver_2020/vancouver_neighbourhoods.geojson", "vancouver", 22, 0.0 },
        { "manchester-wards", "crime/manchester/manchester_wards.geojson", "manchester", 32, 0.0 },
        { "chicago-community-areas", "poi/chicago/boundaries/chicago_community_areas.geo.csv", "chicago", 77, 0.0 },
        // District 31 comes in three parts with the same code: the 2nd and 3rd are rejected as duplicates.
        { "chicago-police-districts", "poi/chicago/boundaries/chicago_police_districts.geojson", "chicago", 25, 0.08 },
        { "memphis-precincts", "crime/memphis/memphis_precincts.geojson", "memphis", 9, 0.0 },
    };

    [SharedDataTheory]
    [MemberData(nameof(Files))]
    public void ReadsItsRealFile(string profile, string file, string area, int rows, double maxRejected)
    {
        var options = new ImportOptions(RealStudyAreas.Get(area), ProfileCatalog.Get(profile));
        var path = SharedData.Path(file);
        var p = ProfileCatalog.Get(profile);
        var (read, rejected, kept, issues, notices) = p.Kind switch
        {
            ImportKind.Incidents => Count(Sources.OpenIncidents(path, options)),
            ImportKind.Resources => Count(Sources.OpenResources(path, options)),
            _ => Count(Sources.OpenAreas(path, options)),
        };
        output.WriteLine($"{profile}: {read} rows, {rejected} rejected ({100.0 * rejected / read:F2} %), {kept} kept without location");
        foreach (var g in issues.GroupBy(i => (i.Action, i.Field)).Take(10))
            output.WriteLine($"  {g.Count(),7} {g.Key.Action} {g.Key.Field}: {g.First().Reason}");
        foreach (var n in notices) output.WriteLine("  * " + n);

        Assert.Equal(rows, read);
        Assert.InRange((double)rejected / read, 0, maxRejected);
        Assert.Contains(notices, n => n.StartsWith($"profile {profile}", StringComparison.Ordinal));
        if (profile == "vancouver-2020") Assert.Equal(3_751, kept);
        else if (p.Kind == ImportKind.Incidents) Assert.InRange(kept, 0, read / 100);
    }

    [SharedDataFact]
    public void VancouverRowsCarryStudyAreaSridHashIdsAndNeighbourhood()
    {
        var options = new ImportOptions(RealStudyAreas.Get("vancouver"), ProfileCatalog.Get("vancouver-2020"));
        using var src = Sources.OpenIncidents(SharedData.Path("crime/vancouver_2020/crimedata_csv_AllNeighbourhoods_2020.csv"), options);
        var loaded = src.Rows().Where(r => r.Value is not null).Select(r => r.Value!).ToList();
        Assert.Equal(loaded.Count, loaded.Select(i => i.SourceId).Distinct().Count());
        Assert.All(loaded.Where(i => i.Location is not null).Take(1000), i => Assert.Equal(32610, i.Location!.SRID));
        Assert.All(loaded.Take(1000), i => Assert.Contains("\"NEIGHBOURHOOD\":", i.Attributes));
        var withheld = loaded.Where(i => i.Location is null).ToList();
        Assert.Equal(3_751, withheld.Count);
        Assert.All(withheld, i => Assert.Equal(LocationPrecision.Withheld, i.LocationPrecision));
        // Withheld: 3,731 "Offence Against a Person" (→ violence), 19 "Homicide", 1 injury collision.
        Assert.Equal(3_731, withheld.Count(i => i.Category == "violence"));
        Assert.Equal(19, withheld.Count(i => i.Category == "violence.homicide"));
    }

    [SharedDataFact]
    public void ChicagoHighSchools()
    {
        var options = new ImportOptions(RealStudyAreas.Get("chicago"), ProfileCatalog.Get("chicago-high-schools"));
        using var src = Sources.OpenResources(SharedData.Path("poi/chicago/chicago_high_schools_2017.csv"), options);
        // 185 data rows (the shared README's "184" is one short: R's row names run 0..184).
        Assert.Equal(185, src.Rows().Count(r => r.Value is not null));
    }

    private static (long Read, long Rejected, long Kept, List<Reject> Issues, IReadOnlyList<string> Notices) Count<T>(IRowSource<T> source) where T : class
    {
        using (source)
        {
            long read = 0, rejected = 0, kept = 0;
            var issues = new List<Reject>();
            foreach (var r in source.Rows())
            {
                read++;
                if (r.IsRejected) rejected++;
                foreach (var i in r.Issues)
                {
                    if (i.Action == RejectAction.KeptWithoutLocation) kept++;
                    if (issues.Count < 100_000) issues.Add(i);
                }
            }
            return (read, rejected, kept, issues, source.Notices);
        }
    }
}
