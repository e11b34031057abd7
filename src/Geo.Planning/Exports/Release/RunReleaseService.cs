using Geo.Core.Domain;

namespace Geo.Planning.Exports.Release;

/// <summary>
/// The protected release of a stored run for a role (see <see cref="RunRelease"/>): built once per run and threshold
/// (the study area's <c>suppress_below</c>), recorded in the disclosure ledger, and read back from it afterwards.
/// STUB (issue 14 skeleton): the release helper implements it.
/// </summary>
public sealed class RunReleaseService
{
    /// <summary>The release of run <paramref name="runId"/> as <paramref name="role"/> may see it.</summary>
    public Task<RunRelease> GetAsync(long runId, string role, CancellationToken ct = default) =>
        Roles.SeesSmallCounts(role)
            ? Task.FromResult(new RunRelease(runId, null, [], [], new Dictionary<(int, ReleasePeriod), Analysis.Disclosure.CellStatus>(), new Dictionary<int, Analysis.Disclosure.CellStatus>()))
            : throw new NotImplementedException("RunReleaseService is part of issue 14's release work.");
}
