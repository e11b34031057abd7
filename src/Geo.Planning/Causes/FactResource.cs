namespace Geo.Planning.Causes;

/// <summary>
/// A resource at or near a problem: its type (Geo's resource type code), name, owner, distance in metres (0 inside),
/// its opening hours as imported, and whether it is open during the problem's peak window (null when its hours are
/// unknown or the problem has no peak). <see cref="Role"/> says what it is for the triangle: <c>risk</c> (a risk
/// facility: licensed premises, transit stop, shop, school), <c>guardian</c> (prevention: youth centre, field work,
/// police, guards, camera, lighting) or <c>other</c>.
/// </summary>
public sealed record FactResource(string Type, string Name, string? Owner, double Distance, bool Within, string? OpeningHours, bool? OpenAtPeak, string Role);
