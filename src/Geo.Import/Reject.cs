namespace Geo.Import;

/// <summary>One line of the reject report: which file, row and field, what value, why, and what was done.</summary>
/// <param name="File">File name as given by the user.</param>
/// <param name="Row">1-based data row number (the header is row 0; for GeoJSON/GeoPackage the feature number).</param>
/// <param name="Field">Column or property name.</param>
/// <param name="Value">The offending value as read (truncated to 200 characters).</param>
/// <param name="Reason">Human-readable reason, with the closest valid values where that helps.</param>
/// <param name="Action">What was done with the row.</param>
public sealed record Reject(string File, long Row, string Field, string Value, string Reason, RejectAction Action = RejectAction.Rejected);
