namespace Geo.Sample;

/// <summary>
/// Near-repeat chains of residential burglary (Townsley, Homel &amp; Chaseling 2003; Johnson &amp; Bowers 2004): each
/// background burglary starts a chain with <see cref="ChainProbability"/>; a chain adds 1 + Geometric follower
/// burglaries (mean <see cref="MeanFollowers"/>), each uniformly within <see cref="DistanceMetres"/> of the first and
/// 1 to <see cref="Days"/> days after it.
/// </summary>
public sealed record NearRepeatParameters(string Category, double DistanceMetres, int Days, double ChainProbability, double MeanFollowers);
