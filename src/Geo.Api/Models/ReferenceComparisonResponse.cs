using Geo.Planning.Reference;

namespace Geo.Api.Models;

/// <summary>
/// A municipality's level against its county, Sweden and municipalities of similar population (as
/// <c>geo reference show --json</c>), with small event counts suppressed for the caller's role.
/// </summary>
public sealed record ReferenceComparisonResponse(
    string Source, long LoadId, DateTimeOffset LoadedAt, int Year, int DaysCovered, bool FullYear, int PopulationYear,
    ReferenceArea Municipality, ReferenceArea County, ReferenceArea Sweden, IReadOnlyList<ReferenceArea> Similar,
    IReadOnlyList<ReferenceGroupResponse> Groups, IReadOnlyList<string> Notices);
