namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>reference_rate</c>: events of one source per 100,000 residents for one municipality, county or the
/// country, one year and one category group (a main group of the taxonomy, or <c>total</c>).
/// </summary>
public sealed class ReferenceRateEntity
{
    public required string Source { get; set; }

    /// <summary><c>municipality</c>, <c>county</c> or <c>country</c>.</summary>
    public required string Level { get; set; }

    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? CountyCode { get; set; }
    public int Year { get; set; }
    public required string CategoryGroup { get; set; }
    public int Events { get; set; }
    public int Population { get; set; }
    public int DaysCovered { get; set; }
    public double Per100000 { get; set; }
    public double Per100000Year { get; set; }
    public long LoadId { get; set; }
}
