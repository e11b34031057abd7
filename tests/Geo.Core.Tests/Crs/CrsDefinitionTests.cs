using Geo.Core.Crs;
using Geo.Testing;

namespace Geo.Core.Tests.Crs;

/// <summary>The CRS definitions Geo writes beside or inside its output files are identified by GDAL as the right EPSG code.</summary>
public sealed class CrsDefinitionTests
{
    [Theory]
    [InlineData(3006)]
    [InlineData(3011)]
    [InlineData(32633)]
    [InlineData(32610)]
    [InlineData(32716)]
    [InlineData(4326)]
    [InlineData(26971)]
    [InlineData(27700)]
    [InlineData(3021)]
    public void Esri_prj_is_identified_by_gdalsrsinfo_as_the_code_it_was_written_for(int srid)
    {
        var dir = Directory.CreateTempSubdirectory("geo-prj-");
        try
        {
            var prj = Path.Combine(dir.FullName, "grid.prj");
            File.WriteAllText(prj, CrsDefinition.EsriWkt(srid));
            var (code, output) = Gdal.IdentifyEpsg(prj);
            Assert.True(code == $"EPSG:{srid}", $"{CrsDefinition.EsriWkt(srid)}\n→ {output}");
            // GDAL matches ESRI names against its database; where Geo's name is not ESRI's own (OSGB 1936 / British National
            // Grid is "British_National_Grid" there) it identifies the code from the parameters at 90 % confidence.
            var confidence = System.Text.RegularExpressions.Regex.Match(output, @"Confidence in this match: (\d+) %");
            Assert.True(!confidence.Success || int.Parse(confidence.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 90, output);
            if (srid is 3006 or 32633 or 4326) Assert.DoesNotContain("Confidence", output);
            Assert.DoesNotContain("TOWGS84", CrsDefinition.EsriWkt(srid));
        }
        finally { dir.Delete(true); }
    }

    [Theory]
    [InlineData(3006)]
    [InlineData(32633)]
    [InlineData(4326)]
    [InlineData(3021)]
    public void Wkt_names_its_epsg_authority_once_at_the_end(int srid)
    {
        var wkt = CrsDefinition.Wkt(srid);
        Assert.EndsWith($"AUTHORITY[\"EPSG\",\"{srid}\"]]", wkt.Replace(" ", "", StringComparison.Ordinal));
        var (code, output) = Gdal.IdentifyEpsg(wkt);
        Assert.True(code == $"EPSG:{srid}", output);
    }
}
