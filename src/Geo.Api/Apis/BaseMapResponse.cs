namespace Geo.Api.Apis;

/// <summary>The base map of the map page: <c>xyz</c> (a tile URL template) or <c>wms</c> (an endpoint and its layers).</summary>
public sealed record BaseMapResponse(string Type, string Url, string? Layers, string? Attribution);
