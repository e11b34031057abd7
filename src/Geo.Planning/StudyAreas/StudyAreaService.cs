using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Formats.Boundaries;
using Geo.Storage;

namespace Geo.Planning.StudyAreas;

/// <summary>Creates, replaces and lists study areas.</summary>
public sealed class StudyAreaService(StudyAreaStore store)
{
    /// <exception cref="ArgumentException">The CRS is not metric, the time zone is unknown, or the boundary cannot be used.</exception>
    public async Task<StudyAreaAddResult> AddAsync(StudyAreaAddRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var srid = CrsRegistry.Parse(request.Crs);
        if (!CrsRegistry.IsMetric(srid)) throw new ArgumentException($"EPSG:{srid} is not a metric projected CRS; a study area needs one (e.g. EPSG:3006).");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _))
            throw new ArgumentException($"--time-zone {request.TimeZone}: not an IANA time zone known to this system (e.g. Europe/Stockholm).");
        var sourceSrid = request.BoundaryCrs is { } bc ? CrsRegistry.Parse(bc) : (int?)null;
        var read = BoundaryReader.Read(request.BoundaryFile, new BoundaryOptions(request.Code, sourceSrid, srid));
        var studyArea = new StudyArea(request.Code, request.Name ?? read.Name ?? request.Code, read.Boundary, srid, request.TimeZone);
        var result = await store.UpsertAsync(studyArea, ct).ConfigureAwait(false);
        return new StudyAreaAddResult(studyArea, result.Created, result.Repaired, read.Boundary.Area / 1e6, CrsRegistry.Name(srid), read.Notices);
    }

    /// <summary>Every study area with its size and row counts.</summary>
    public Task<IReadOnlyList<StudyAreaInfo>> ListAsync(CancellationToken ct = default) => store.ListAsync(ct);

    /// <summary>The study area, or an error that says how to see the ones that exist.</summary>
    /// <exception cref="ArgumentException">No study area has this code.</exception>
    public async Task<StudyArea> GetAsync(string code, CancellationToken ct = default) =>
        await store.GetAsync(code, ct).ConfigureAwait(false)
        ?? throw new ArgumentException($"Study area '{code}' does not exist (geo study-area list shows the ones that do).");
}
