namespace Geo.Sample;

/// <summary>
/// What <see cref="SampleGenerator.Generate"/> makes (<c>geo sample generate</c>).
/// </summary>
/// <param name="Seed">Seed of every random draw: the same seed gives byte-identical files.</param>
/// <param name="Years">Number of calendar years of incidents (1–50).</param>
/// <param name="IncidentsPerYear">Police-reported crimes per year (100–10,000,000); the municipal reports are a quarter and the field-work observations a tenth of it.</param>
/// <param name="FirstYear">First calendar year (1970–2100).</param>
/// <param name="BoundaryFile">Real boundary file (GeoJSON/GeoPackage, e.g. kommuner_sweref99tm.geojson); null: the fictional Exempelkommun.</param>
/// <param name="Code">Municipality code in <paramref name="BoundaryFile"/> (e.g. 2580); required with it.</param>
/// <param name="PopulationFile">Urban-area points with population (tatorter_wgs84.geojson); only with <paramref name="BoundaryFile"/>.</param>
public sealed record SampleOptions(
    int Seed = 42,
    int Years = 5,
    int IncidentsPerYear = 8000,
    int FirstYear = 2021,
    string? BoundaryFile = null,
    string? Code = null,
    string? PopulationFile = null)
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the option and the allowed values.</summary>
    public void Validate()
    {
        if (Years is < 1 or > 50) throw new ArgumentException($"--years must be between 1 and 50, not {Years}.", nameof(Years));
        if (IncidentsPerYear is < 100 or > 10_000_000)
            throw new ArgumentException($"--incidents-per-year must be between 100 and 10,000,000, not {IncidentsPerYear}.", nameof(IncidentsPerYear));
        if (FirstYear is < 1970 || FirstYear + Years - 1 > 2100)
            throw new ArgumentException($"The years {FirstYear}–{FirstYear + Years - 1} must lie within 1970–2100.", nameof(FirstYear));
        if (BoundaryFile is null && Code is not null)
            throw new ArgumentException("--code needs --boundary FILE (the file holding the municipality's boundary).", nameof(Code));
        if (BoundaryFile is not null && string.IsNullOrWhiteSpace(Code))
            throw new ArgumentException($"--boundary {BoundaryFile} needs --code CODE (e.g. --code 2580 for Luleå).", nameof(Code));
        if (BoundaryFile is null && PopulationFile is not null)
            throw new ArgumentException("--population needs --boundary FILE --code CODE: the default Exempelkommun has its own population.", nameof(PopulationFile));
        if (BoundaryFile is not null && !File.Exists(BoundaryFile))
            throw new ArgumentException($"--boundary: file not found: {BoundaryFile}", nameof(BoundaryFile));
        if (PopulationFile is not null && !File.Exists(PopulationFile))
            throw new ArgumentException($"--population: file not found: {PopulationFile}", nameof(PopulationFile));
    }
}
