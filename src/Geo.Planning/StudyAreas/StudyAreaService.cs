using Geo.Core.Crs;
using Geo.Core.Domain;
using Geo.Formats.Boundaries;
using Geo.Storage;

namespace Geo.Planning.StudyAreas;

/// <summary>Creates, replaces and lists study areas.</summary>
public sealed class StudyAreaService(StudyAreaStore store)
{
    /// <exception cref="ArgumentException">
    /// The CRS is not metric, the time zone is unknown, the boundary cannot be used, the study area exists and
    /// <see cref="StudyAreaAddRequest.Replace"/> was not given, or the new boundary would leave loaded rows outside.
    /// </exception>
    public async Task<StudyAreaAddResult> AddAsync(StudyAreaAddRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var srid = CrsRegistry.Parse(request.Crs);
        if (!CrsRegistry.IsMetric(srid)) throw new ArgumentException($"EPSG:{srid} is not a metric projected CRS; a study area needs one (e.g. EPSG:3006).");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _))
            throw new ArgumentException($"--time-zone {request.TimeZone}: not an IANA time zone known to this system (e.g. Europe/Stockholm).");
        if (!double.IsFinite(request.ToleranceMetres) || request.ToleranceMetres < 0)
            throw new ArgumentException($"--tolerance must be 0 or more metres, got {request.ToleranceMetres}.");
        var sourceSrid = request.BoundaryCrs is { } bc ? CrsRegistry.Parse(bc) : (int?)null;
        BoundaryResult read;
        try
        {
            read = BoundaryReader.Read(request.BoundaryFile, new BoundaryOptions(request.Dissolve ? null : request.Code, sourceSrid, srid));
        }
        catch (InvalidDataException e) when (!request.Dissolve && e.Message.Contains("no feature has code", StringComparison.Ordinal))
        {
            throw new InvalidDataException(e.Message + " To use all features of the file as one boundary, add --dissolve.", e);
        }
        var existing = await store.GetAsync(request.Code, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            if (!request.Replace)
                throw new ArgumentException($"Study area {request.Code} ({existing.Name}) exists already. To replace its boundary, name, CRS and time zone, add --replace.");
            if (existing.Srid == srid)
            {
                var outside = await store.CountOutsideAsync(request.Code, read.Boundary, request.ToleranceMetres, ct).ConfigureAwait(false);
                if (outside.Total > 0)
                    throw new ArgumentException(
                        $"The new boundary ({read.Boundary.Area / 1e6:N1} km²) would leave loaded data of study area {request.Code} outside (more than " +
                        $"{request.ToleranceMetres:0.#} m from it): {outside.Incidents:N0} incidents, {outside.Resources:N0} resources, {outside.Areas:N0} areas. " +
                        "Refused: check that the file and --crs/--boundary-crs are right, or create another study area.");
            }
        }
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
