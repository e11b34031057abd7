using Geo.Core.Taxonomy;
using Geo.Testing;

namespace Geo.Core.Tests.Taxonomy;

/// <summary>Every source code in the real files of ../shared/data has a mapping (data/mappings/README.md).</summary>
public class RealDataMappingTests
{
    [SharedDataTheory]
    [InlineData("polisen", "sweden/polisen_events_2022_2026.csv", "type", 97)]
    [InlineData("vancouver", "crime/vancouver_2020/crimedata_csv_AllNeighbourhoods_2020.csv", "TYPE", 11)]
    [InlineData("chicago", "crime/chicago/chicago_crimes_sample_2017_2019.csv", "primary_type", 30)]
    [InlineData("memphis", "crime/memphis/memphis_robberies_2019.csv", "offense_type", 1)]
    [InlineData("manchester", "crime/manchester/gmp_bur.csv", "Crime.type", 1)]
    public void Every_distinct_source_code_in_the_file_maps(string source, string file, string column, int distinct)
    {
        var values = CsvRecords.DistinctValues(SharedData.Path(file), column);
        // The count guards the reader: a broken parser yields fewer (or garbage) values, not a silent pass.
        Assert.Equal(distinct, values.Select(v => v.Trim().ToLowerInvariant()).Distinct().Count());

        var mapping = SourceMapping.BuiltIn[source];
        var unmapped = values.Where(v => !mapping.TryMap(v, out _)).Order(StringComparer.Ordinal).ToList();
        Assert.True(unmapped.Count == 0, $"{source}: unmapped codes in {file}: {string.Join(" | ", unmapped)}");
    }

    [SharedDataFact]
    public void Polisen_type_variants_are_only_whitespace()
    {
        // The feed writes "Lagen om hundar och katter " with a trailing space; matching trims, so one row covers it.
        var values = CsvRecords.DistinctValues(SharedData.Path("sweden/polisen_events_2022_2026.csv"), "type");
        Assert.Contains("Lagen om hundar och katter ", values);
        Assert.Equal(values.Count, values.Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>Files without a type column: profiles use a fixed category (data/mappings/README.md).</summary>
    [SharedDataTheory]
    [InlineData("crime/chicago/chicago_aggravated_assaults.csv.gz", "violence.aggravated_assault")]
    [InlineData("crime/chicago/chicago_residential_burglary_2016_epsg26971.csv", "burglary.residential")]
    public void Single_type_files_have_no_type_column_and_their_fixed_category_exists(string file, string fixedCategory)
    {
        var header = CsvRecords.Header(SharedData.Path(file));
        Assert.True(header.Length >= 3, $"{file}: header not read: {string.Join(",", header)}");
        Assert.DoesNotContain(header, h => h.Contains("type", StringComparison.OrdinalIgnoreCase)
                                           || h.Contains("offen", StringComparison.OrdinalIgnoreCase)
                                           || h.Contains("crime", StringComparison.OrdinalIgnoreCase));
        Assert.True(CategoryTaxonomy.BuiltIn.Contains(fixedCategory));
    }
}
