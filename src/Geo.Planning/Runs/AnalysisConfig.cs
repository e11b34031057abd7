using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Geo.Planning.Runs;

/// <summary>
/// The settings of <c>geo analyze</c> that a municipality may change (<c>--config FILE</c>, or stored for the study
/// area): the reference municipality, the priority weights, the coverage-gap rule, the harm weights, the hotspot
/// confidence and the size of the top list. Every value has a documented default (docs/lagesbild.md).
/// </summary>
public sealed record AnalysisConfig
{
    /// <summary>SCB code of the municipality whose national reference values the run shows (default: the study area's own code when it is one).</summary>
    public string? ReferenceMunicipality { get; init; }

    /// <summary>Why that municipality (e.g. "Exempelkommun is fictional; …").</summary>
    public string? ReferenceNote { get; init; }

    /// <summary>Size of the top list of priorities (areas and hotspots each).</summary>
    public int TopN { get; init; } = 10;

    /// <summary>Confidence (90, 95 or 99) at which Gi* hot cells make hotspots.</summary>
    public int HotspotConfidence { get; init; } = 95;

    /// <summary>Rates from fewer incidents than this are flagged unstable.</summary>
    public int UnstableBelow { get; init; } = 10;

    /// <summary>Permutations of the areas' local Moran (LISA) test.</summary>
    public int Permutations { get; init; } = 999;

    /// <summary>Seed of every random draw of the run (LISA permutations, the sensitivity check).</summary>
    public ulong Seed { get; init; } = 20230701;

    public PriorityWeights Weights { get; init; } = new();

    public CoverageSettings Coverage { get; init; } = new();

    public SensitivitySettings Sensitivity { get; init; } = new();

    /// <summary>A harm-weight CSV replacing the default data/harm/harm_weights.csv (relative to the config file).</summary>
    public string? HarmWeights { get; init; }

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Reads a config from JSON text; <paramref name="name"/> (a file name) is named in every error.</summary>
    /// <exception cref="ArgumentException">Invalid JSON, an unknown property or a value out of range.</exception>
    public static AnalysisConfig Parse(string json, string name)
    {
        AnalysisConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<AnalysisConfig>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } p ? $" at {p}" : "";
            var line = e.LineNumber is { } l ? $", line {l + 1}" : "";
            throw new ArgumentException($"{name}{line}{where}: {e.Message.Split(" Path:")[0]}", e);
        }
        (config ?? throw new ArgumentException($"{name}: the file holds no JSON object.")).Validate(name);
        return config;
    }

    /// <exception cref="ArgumentException">A value is out of range; the message names the file and the property.</exception>
    public void Validate(string name)
    {
        string Bad(string property, object value, string rule) =>
            string.Create(CultureInfo.InvariantCulture, $"{name}: {property} = {value} {rule}.");
        if (TopN is < 1 or > 1000) throw new ArgumentException(Bad("topN", TopN, "must be between 1 and 1000"));
        if (HotspotConfidence is not (90 or 95 or 99)) throw new ArgumentException(Bad("hotspotConfidence", HotspotConfidence, "must be 90, 95 or 99"));
        if (UnstableBelow < 1) throw new ArgumentException(Bad("unstableBelow", UnstableBelow, "must be at least 1"));
        if (Permutations is < 0 or > 99999) throw new ArgumentException(Bad("permutations", Permutations, "must be between 0 and 99999"));
        if (ReferenceMunicipality is { } m && !(m.Length == 4 && m.All(char.IsAsciiDigit)))
            throw new ArgumentException(Bad("referenceMunicipality", m, "must be a four-digit SCB municipality code such as 2580"));
        var w = Weights.ToArray();
        for (var i = 0; i < w.Length; i++)
            if (!(w[i] >= 0) || double.IsInfinity(w[i])) throw new ArgumentException(Bad("weights." + PriorityWeights.Names[i], w[i], "must be zero or positive"));
        if (w.Sum() <= 0) throw new ArgumentException($"{name}: the weights sum to 0; give at least one positive weight.");
        if (!(Coverage.DistanceMetres > 0) || Coverage.DistanceMetres > 50_000)
            throw new ArgumentException(Bad("coverage.distanceMetres", Coverage.DistanceMetres, "must be between 0 and 50000"));
        if (!(Coverage.Threshold is > 0 and <= 1)) throw new ArgumentException(Bad("coverage.threshold", Coverage.Threshold, "must be above 0 and at most 1"));
        foreach (var t in Coverage.Types)
            if (!Geo.Core.Domain.ResourceTypes.IsKnown(t))
                throw new ArgumentException(Bad("coverage.preventionTypes", t, "is not a resource type; known: " + string.Join(", ", Geo.Core.Domain.ResourceTypes.All.Keys)));
        if (Sensitivity.Draws is < 0 or > 100_000) throw new ArgumentException(Bad("sensitivity.draws", Sensitivity.Draws, "must be between 0 and 100000"));
        if (!(Sensitivity.Spread is >= 0 and < 1)) throw new ArgumentException(Bad("sensitivity.spread", Sensitivity.Spread, "must be at least 0 and below 1"));
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
