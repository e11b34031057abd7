namespace Geo.Planning.Reference;

/// <summary>The files of a load of the national reference table (<c>geo reference load</c>).</summary>
/// <param name="EventsFile">The police's public event feed (CSV: id, datetime, type, name, summary, location_name, lat, lon, url).</param>
/// <param name="PopulationFile">SCB's population per municipality (CSV: kommun_kod, kommun_namn, population).</param>
/// <param name="AdminFile">Municipalities and their counties (CSV: municipality_code, municipality_name, county_code, county_name).</param>
/// <param name="CountiesFile">Optional county polygons (GeoJSON with properties code and name, e.g. lan_wgs84.geojson): their
/// codes and names are checked against <paramref name="AdminFile"/>.</param>
/// <param name="PopulationYear">The year of the population figures; they are used for every year of the feed.</param>
public sealed record ReferenceLoadRequest(string EventsFile, string PopulationFile, string AdminFile, string? CountiesFile = null, int PopulationYear = 2024);
