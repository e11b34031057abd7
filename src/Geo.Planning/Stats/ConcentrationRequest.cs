namespace Geo.Planning.Stats;

/// <summary>Crime concentration at place (<c>geo stats concentration</c>).</summary>
/// <param name="Layer">
/// The places: the rows of a layer with a count field, or (grid mode) the cells of a grid the point events are counted on;
/// cells without events are places too.
/// </param>
public sealed record ConcentrationRequest(LayerRequest Layer);
