using Geo.Planning.Runs;

namespace Geo.Planning.Tests.Runs;

/// <summary>
/// The settings file of <c>geo analyze --config</c>: the documented defaults (docs/lagesbild.md), comments and trailing
/// commas allowed, and every error naming the file and the property.
/// </summary>
public sealed class AnalysisConfigTests
{
    private const string File = "kommun/analys.json";

    [Fact]
    public void An_empty_object_gives_the_documented_defaults()
    {
        var c = AnalysisConfig.Parse("{}", File);
        Assert.Null(c.ReferenceMunicipality);
        Assert.Null(c.ReferenceNote);
        Assert.Null(c.HarmWeights);
        Assert.Equal(10, c.TopN);
        Assert.Equal(95, c.HotspotConfidence);
        Assert.Equal(10, c.UnstableBelow);
        Assert.Equal(999, c.Permutations);
        Assert.Equal(20230701UL, c.Seed);
        Assert.Equal([0.25, 0.10, 0.10, 0.15, 0.25, 0.10, 0.05], c.Weights.ToArray());
        Assert.Equal(1.0, c.Weights.ToArray().Sum(), 12);
        Assert.Equal(500, c.Coverage.DistanceMetres);
        Assert.Equal(0.5, c.Coverage.Threshold);
        Assert.Equal(["youth_centre", "field_work_area", "police_station"], c.Coverage.Types);
        Assert.Equal(1000, c.Sensitivity.Draws);
        Assert.Equal(0.25, c.Sensitivity.Spread);
        Assert.Equal(c, new AnalysisConfig() with { Weights = c.Weights, Coverage = c.Coverage, Sensitivity = c.Sensitivity });
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_and_a_partial_object_keeps_the_other_defaults()
    {
        var c = AnalysisConfig.Parse("""
            // The settings of Testkommun.
            {
              "referenceMunicipality": "2580", /* Luleå */
              "topN": 5,
              "weights": { "harm": 0.5, },
              "coverage": { "distanceMetres": 300, "preventionTypes": ["youth_centre"] },
            }
            """, File);
        Assert.Equal("2580", c.ReferenceMunicipality);
        Assert.Equal(5, c.TopN);
        Assert.Equal(0.5, c.Weights.Harm);
        Assert.Equal(0.25, c.Weights.Level); // not given: the default
        Assert.Equal(300, c.Coverage.DistanceMetres);
        Assert.Equal(0.5, c.Coverage.Threshold);
        Assert.Equal(["youth_centre"], c.Coverage.Types);
        Assert.Equal(95, c.HotspotConfidence);
    }

    [Fact]
    public void The_stored_form_reads_back_to_the_same_settings()
    {
        var c = AnalysisConfig.Parse("""{ "referenceMunicipality": "0180", "hotspotConfidence": 99, "weights": { "gap": 0.3 } }""", File);
        var again = AnalysisConfig.Parse(c.ToJson(), "stored");
        Assert.Equal(c.ToJson(), again.ToJson());
        Assert.Equal(99, again.HotspotConfidence);
        Assert.Equal(0.3, again.Weights.Gap);
    }

    [Theory]
    [InlineData("""{ "topN": 10, "hotspotConfidance": 95 }""", "hotspotConfidance")]
    [InlineData("""{ "weights": { "levle": 0.3 } }""", "levle")]
    [InlineData("""{ "coverage": { "distance": 300 } }""", "distance")]
    public void An_unknown_property_is_an_error_naming_the_file_and_the_property(string json, string property)
    {
        var e = Assert.Throws<ArgumentException>(() => AnalysisConfig.Parse(json, File));
        Assert.StartsWith(File, e.Message);
        Assert.Contains($"'{property}'", e.Message);
        Assert.DoesNotContain(" at ", e.Message.Split(':')[1] + "x", StringComparison.Ordinal); // no stack trace text
    }

    [Theory]
    [InlineData("""{ "weights": { "harm": -0.1 } }""", "kommun/analys.json: weights.harm = -0.1 must be zero or positive.")]
    [InlineData("""{ "weights": { "confidence": -1 } }""", "kommun/analys.json: weights.confidence = -1 must be zero or positive.")]
    [InlineData("""{ "hotspotConfidence": 80 }""", "kommun/analys.json: hotspotConfidence = 80 must be 90, 95 or 99.")]
    [InlineData("""{ "referenceMunicipality": "Luleå" }""", "kommun/analys.json: referenceMunicipality = Luleå must be a four-digit SCB municipality code such as 2580.")]
    [InlineData("""{ "referenceMunicipality": "258" }""", "kommun/analys.json: referenceMunicipality = 258 must be a four-digit SCB municipality code such as 2580.")]
    [InlineData("""{ "topN": 0 }""", "kommun/analys.json: topN = 0 must be between 1 and 1000.")]
    [InlineData("""{ "coverage": { "threshold": 1.5 } }""", "kommun/analys.json: coverage.threshold = 1.5 must be above 0 and at most 1.")]
    [InlineData("""{ "coverage": { "distanceMetres": 0 } }""", "kommun/analys.json: coverage.distanceMetres = 0 must be between 0 and 50000.")]
    [InlineData("""{ "sensitivity": { "spread": 1 } }""", "kommun/analys.json: sensitivity.spread = 1 must be at least 0 and below 1.")]
    [InlineData("""{ "weights": { "level": 0, "change": 0, "trend": 0, "hotspot": 0, "harm": 0, "gap": 0, "confidence": 0 } }""",
        "kommun/analys.json: the weights sum to 0; give at least one positive weight.")]
    public void A_value_out_of_range_is_an_error_naming_the_file_and_the_property(string json, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => AnalysisConfig.Parse(json, File));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void An_unknown_prevention_type_is_an_error_naming_the_file_the_property_and_the_known_types()
    {
        var e = Assert.Throws<ArgumentException>(() => AnalysisConfig.Parse("""{ "coverage": { "preventionTypes": ["youth_centre", "disco"] } }""", File));
        Assert.StartsWith("kommun/analys.json: coverage.preventionTypes = disco is not a resource type; known: ", e.Message);
        Assert.Contains("youth_centre", e.Message);
        Assert.Contains("field_work_area", e.Message);
    }

    [Theory]
    [InlineData("""{ "topN": "ten" }""", "$.topN")]
    [InlineData("{ \"topN\": 5,\n  \"seed\": -3 }", "$.seed")]
    public void A_value_of_the_wrong_type_is_an_error_naming_the_file_the_line_and_the_property(string json, string path)
    {
        var e = Assert.Throws<ArgumentException>(() => AnalysisConfig.Parse(json, File));
        Assert.StartsWith(File + ", line ", e.Message);
        Assert.Contains(" at " + path + ":", e.Message);
    }

    [Fact]
    public void Not_an_object_is_an_error_naming_the_file()
    {
        Assert.StartsWith(File, Assert.Throws<ArgumentException>(() => AnalysisConfig.Parse("null", File)).Message);
        Assert.StartsWith(File, Assert.Throws<ArgumentException>(() => AnalysisConfig.Parse("{ \"topN\": ", File)).Message);
    }
}
