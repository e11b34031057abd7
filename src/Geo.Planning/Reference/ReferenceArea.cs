namespace Geo.Planning.Reference;

/// <summary>A municipality, county or the country in a reference comparison.</summary>
/// <param name="Level"><c>municipality</c>, <c>county</c> or <c>country</c>.</param>
/// <param name="Code">Municipality code, county code or <c>SE</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="Population">Residents (the load's population year).</param>
public sealed record ReferenceArea(string Level, string Code, string Name, int Population);
