namespace Geo.Storage;

/// <summary>An area set with what a run needs to choose one: its size and how much of it has a population.</summary>
/// <param name="Name">Set name.</param>
/// <param name="Kind">deso, regso, district or custom.</param>
/// <param name="Areas">Number of areas.</param>
/// <param name="AreasWithPopulation">Areas whose population is known.</param>
/// <param name="Population">Summed known population.</param>
/// <param name="MeanAreaSquareMetres">Mean area size in m², null for a set without areas.</param>
public sealed record AreaSetPopulation(string Name, string Kind, long Areas, long AreasWithPopulation, long Population, double? MeanAreaSquareMetres)
{
    /// <summary>Whether the set has areas and every one has a population.</summary>
    public bool FullyPopulated => Areas > 0 && AreasWithPopulation == Areas;
}
