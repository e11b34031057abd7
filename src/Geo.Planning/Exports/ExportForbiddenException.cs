namespace Geo.Planning.Exports;

/// <summary>The role may not have what was asked for (a partner asking for grid cells): the message names what the role may export.</summary>
public sealed class ExportForbiddenException(string message) : ArgumentException(message);
