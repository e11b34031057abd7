using Geo.Core.Domain;

namespace Geo.Formats.Text;

/// <summary>A date/time as read from text: a wall-clock value, its offset when the text gives one, and its precision.</summary>
public readonly record struct ParsedTime(DateTime Value, TimeSpan? Offset, TimePrecision Precision);
