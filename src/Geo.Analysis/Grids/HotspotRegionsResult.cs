namespace Geo.Analysis.Grids;

/// <summary>Connected groups of hot cells (see <see cref="HotspotRegions"/>).</summary>
/// <param name="RegionOfCell">Per cell, the index of its region in <see cref="Regions"/>, or −1 for a cell that is not hot.</param>
/// <param name="Regions">The regions, by descending total count, then by smallest cell index; each lists its cell indices ascending.</param>
public sealed record HotspotRegionsResult(int[] RegionOfCell, IReadOnlyList<int[]> Regions);
