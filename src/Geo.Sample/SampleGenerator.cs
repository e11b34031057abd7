using Geo.Core.Domain;
using Geo.Formats.Samples;
using NetTopologySuite.Geometries;

namespace Geo.Sample;

/// <summary>
/// Generates a synthetic municipality with known ground truth (<c>geo sample generate</c>): boundary, two nested
/// area sets with population, resources, three incident files with time profiles, facility concentrations,
/// near-repeat burglary chains and four planted trend hotspots, the ground truth and the manifest that
/// <c>geo import sample DIR</c> reads. Deterministic: the same options give byte-identical files on every machine.
/// </summary>
public static class SampleGenerator
{
    public const string Version = "geo-sample-generator/1";
    /// <summary>The sample's analysis settings (reference municipality), named in the manifest's <c>analysisConfig</c>.</summary>
    public const string AnalysisFile = "analysis.json";
    /// <summary>Luleå, the real municipality whose reference values stand in for the fictional Exempelkommun's.</summary>
    public const string LuleaCode = "2580";
    public const string BoundaryFile = "boundary.geojson", DistrictsFile = "areas_districts.geojson", DesoFile = "areas_deso.geojson", ResourcesFile = "resources.geojson";

    /// <summary>Writes the sample into <paramref name="outDir"/> (created if missing; existing sample files are overwritten).</summary>
    /// <exception cref="ArgumentException">An option is out of range or inconsistent (the message names it).</exception>
    public static SampleResult Generate(SampleOptions options, string outDir, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(outDir)) throw new ArgumentException("--out DIR is required: the folder to write the sample into.", nameof(outDir));
        options.Validate();
        // Every number that reaches the output is formatted with the invariant culture, whatever the caller's.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            return Run(options, outDir, progress);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    private static SampleResult Run(SampleOptions options, string outDir, IProgress<string>? progress)
    {
        if (File.Exists(outDir)) throw new ArgumentException($"--out {outDir} is a file, not a folder.", nameof(outDir));
        Directory.CreateDirectory(outDir);

        progress?.Report("landscape");
        var land = options.BoundaryFile is null
            ? ExempelkommunLandscape.Create()
            : RealLandscape.Create(options.BoundaryFile, options.Code!, options.PopulationFile);
        var files = new List<string>();

        SampleGeoJson.WriteCollection(Path.Combine(outDir, BoundaryFile), "boundary", [(land.Boundary, [("code", land.Code), ("name", land.Name)])]);
        files.Add(BoundaryFile);

        progress?.Report("areas");
        var (districts, deso) = AreaBuilder.Build(land, Xoshiro256.For(options.Seed, "areas"));
        WriteAreas(Path.Combine(outDir, DistrictsFile), "districts", districts);
        WriteAreas(Path.Combine(outDir, DesoFile), "deso", deso);
        files.Add(DistrictsFile); files.Add(DesoFile);

        progress?.Report("resources");
        var resources = ResourceBuilder.Build(land, Xoshiro256.For(options.Seed, "resources"));
        var plans = HotspotPlanner.Plan(land, resources, options, Xoshiro256.For(options.Seed, "hotspots"));
        // The coverage gap's two resources come after the plan, from their own stream, and are written after the others;
        // the incidents and null areas see only the resources above, so nothing else moves.
        var gapHotspot = plans.First(p => p.Trend == "persistent");
        var gapResources = CoverageGapPlanner.Place(land, resources, gapHotspot, Xoshiro256.For(options.Seed, "gap"));
        var allResources = resources.Concat(gapResources).ToList();
        SampleGeoJson.WriteCollection(Path.Combine(outDir, ResourcesFile), "resources", allResources.Select(r => (r.Geometry, ResourceProps(r))));
        files.Add(ResourcesFile);

        var nullSquares = HotspotPlanner.NullAreas(land, resources, plans);
        var output = IncidentGenerator.Run(options, land, resources, plans, outDir, progress);
        files.AddRange([IncidentGenerator.PoliceFile, IncidentGenerator.MunicipalFile, IncidentGenerator.FieldworkFile]);

        // Background per person-year over all three files, for the ground truth's expected counts.
        var perPersonYear = (double)output.Rows.Values.Sum() / options.Years / land.Population;
        double Background(Envelope e) => land.Density(e.Centre.X, e.Centre.Y) * e.Area * perPersonYear;
        var hotspots = plans.Select(p =>
        {
            var bg = Background(p.Square);
            var peak = p.Periods.Max(a => Math.Max(a.ExtraPerYearAtStart, a.ExtraPerYearAtEnd));
            return new PlantedHotspot(p.Id, p.Trend, GroundTruthWriter.Square(p.Square), p.Categories, p.Periods,
                Math.Round(bg, 2), Math.Round((bg + peak) / Math.Max(bg, 0.01), 1), output.PlantedPerYear[p.Id], p.QuarterlyClass, p.YearlyClass,
                Planted(p, output.PlantedMinutes[p.Id]));
        }).ToList();
        var gaps = new List<PlantedCoverageGap> { CoverageGapPlanner.Truth(gapHotspot, allResources, gapResources, output.PlantedMinutes[gapHotspot.Id]) };
        var nulls = nullSquares.Select((e, i) => new NullArea($"N{i + 1}", GroundTruthWriter.Square(e), Math.Round(Background(e), 2))).ToList();
        GroundTruthWriter.Write(Path.Combine(outDir, GroundTruthWriter.FileName), options, land, hotspots, nulls, IncidentGenerator.NearRepeat, gaps);
        files.Add(GroundTruthWriter.FileName);
        WriteAnalysisConfig(Path.Combine(outDir, AnalysisFile), land);
        files.Add(AnalysisFile);

        var resourceSource = land.Code == ExempelkommunLandscape.Code ? "exempelkommun" : $"kommun-{land.Code}";
        new SampleManifest
        {
            StudyArea = new SampleStudyArea(land.Code, land.Name, BoundaryFile, StudyArea.DefaultSrid),
            Seed = options.Seed,
            Description = $"Synthetic sample of {land.Name} ({land.Population.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} inhabitants), {options.Years} years from {options.FirstYear}, {options.IncidentsPerYear} police incidents a year ({Version}).",
            GroundTruth = GroundTruthWriter.FileName,
            AnalysisConfig = AnalysisFile,
            Imports =
            [
                new SampleImport(ImportKind.Areas, DistrictsFile, Set: "districts", SetKind: "district"),
                new SampleImport(ImportKind.Areas, DesoFile, Set: "deso", SetKind: "deso"),
                new SampleImport(ImportKind.Resources, ResourcesFile, Source: resourceSource),
                new SampleImport(ImportKind.Incidents, IncidentGenerator.PoliceFile, Source: IncidentGenerator.PoliceSource),
                new SampleImport(ImportKind.Incidents, IncidentGenerator.MunicipalFile, Source: IncidentGenerator.MunicipalSource),
                new SampleImport(ImportKind.Incidents, IncidentGenerator.FieldworkFile, Source: IncidentGenerator.FieldworkSource),
            ],
        }.Write(outDir);
        files.Add(SampleManifest.FileName);

        var rowsByFile = new Dictionary<string, long>(output.Rows, StringComparer.Ordinal)
        {
            [BoundaryFile] = 1, [DistrictsFile] = districts.Count, [DesoFile] = deso.Count, [ResourcesFile] = allResources.Count,
        };
        var written = files.Select(f => new SampleFile(f, rowsByFile.GetValueOrDefault(f), new FileInfo(Path.Combine(outDir, f)).Length)).ToList();
        progress?.Report("done");
        return new SampleResult(land.Code, land.Name, deso.Sum(d => d.Population), written, output.Rows, output.ByGroup, output.Withheld,
            hotspots, nulls, IncidentGenerator.NearRepeat, gaps);
    }

    /// <summary>The planted profile with the share it should give (the categories' own profiles fill the rest) and the share it gave.</summary>
    private static PlantedTimeProfile Planted(HotspotPlan p, int[] minutes)
    {
        var models = CategoryModels.Police.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var window = p.Profile.Window;
        var q = 0.0;
        foreach (var code in p.Categories)
        {
            var sampler = new TimeSampler(models[code]);
            for (var d = 0; d < 7; d++) q += sampler.ShareOfDay(d, h => window.Contains(d * 24 + h));
        }
        q /= 7.0 * p.Categories.Length;
        long total = 0, inside = 0;
        for (var m = 0; m < minutes.Length; m++)
        {
            total += minutes[m];
            if (window.Contains(m / 60)) inside += minutes[m];
        }
        return new PlantedTimeProfile(p.Profile, Math.Round(p.Profile.Share + (1 - p.Profile.Share) * q, 4), (int)total,
            total == 0 ? 0 : Math.Round(inside / (double)total, 4));
    }

    /// <summary>
    /// <c>analysis.json</c>: the sample's analysis settings. Exempelkommun is fictional, so its reference values are those
    /// of Luleå (2580), a municipality of similar size in Norrbotten; a sample on a real boundary uses its own code.
    /// </summary>
    private static void WriteAnalysisConfig(string path, Landscape land)
    {
        var fictional = land.Code == ExempelkommunLandscape.Code;
        using var file = File.Create(path);
        using (var w = new System.Text.Json.Utf8JsonWriter(file, new System.Text.Json.JsonWriterOptions
               { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("referenceMunicipality", fictional ? LuleaCode : land.Code);
            w.WriteString("referenceNote", fictional
                ? $"{land.Name} is fictional; its reference values are those of Luleå ({LuleaCode}), a municipality of similar size in Norrbotten."
                : $"The sample lies on the real boundary of {land.Name} ({land.Code}); its reference values are that municipality's own.");
            w.WriteEndObject();
        }
        file.Write("\n"u8);
    }

    private static void WriteAreas(string path, string name, List<SampleArea> areas) =>
        SampleGeoJson.WriteCollection(path, name, areas.Select(a =>
        {
            var props = new List<(string, object?)> { ("code", a.Code), ("name", a.Name), ("population", a.Population) };
            for (var i = 0; i < AreaBuilder.AgeBands.Length; i++) props.Add(($"pop_{AreaBuilder.AgeBands[i]}", a.ByAge[i]));
            if (a.District is not null) props.Add(("district", a.District));
            return (a.Geometry, (IReadOnlyList<(string, object?)>)props);
        }));

    private static IReadOnlyList<(string, object?)> ResourceProps(SampleResource r)
    {
        var props = new List<(string, object?)> { ("source_id", r.Id), ("type", r.Type), ("name", r.Name), ("owner_agency", r.Owner) };
        if (r.OpeningHours is not null) props.Add(("opening_hours", r.OpeningHours));
        if (r.Capacity is { } c) props.Add(("capacity", c));
        if (r.Notes is not null) props.Add(("notes", r.Notes));
        return props;
    }
}
