using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Geo.Analysis.Disclosure;
using Geo.Core.Domain;
using Geo.Planning.Exports.Release;
using Geo.Storage;

namespace Geo.Planning.Tiles;

/// <summary>
/// Vector tiles of stored runs (<c>GET /tiles/{runId}/{layer}/{z}/{x}/{y}.mvt</c>): checks the request, makes the tile
/// with PostGIS (<see cref="TileQueries"/>) and keeps it in a bounded in-memory cache (<see cref="TileCache"/>), since a
/// completed run never changes. The cache key holds the run's creation time and the view (the suppression threshold);
/// the run itself is looked up again at most every <see cref="RunInfoFor"/>, so that a deleted run stops being served
/// within that time. Concurrent requests for the same missing tile wait for one query (the query of a tile others wait
/// for is not cancelled when one of them goes away), and at most <see cref="MaxConcurrentQueries"/> tile statements run
/// at once. The role of the caller is the shell's to check
/// (<see cref="TileLayers.RoleOf"/>). With a threshold (every role but the analyst's), the areas, hotspots and cells layers
/// also hide what the run's protected release hides (<see cref="RunReleaseService"/>: its complements), at the larger of
/// the request's and the release's k, so that tiles cannot undo the exports' suppression.
/// </summary>
public sealed class TileService(TileQueries queries, TileCacheSettings settings, RunReleaseService releases)
{
    /// <summary>The deepest zoom served.</summary>
    public const int MaxZoom = 22;

    /// <summary>How long a run's tile information (and its existence) is reused.</summary>
    public static readonly TimeSpan RunInfoFor = TimeSpan.FromSeconds(10);

    private const string CompletedStatus = "completed";
    private const string TotalGroup = "total";

    /// <summary>
    /// How many tile statements run at once: more do not make tiles faster on a database of a few cores, and a burst of
    /// cold tiles (a map's first draw, 100 clients) would otherwise take up to a pool's worth of server connections.
    /// </summary>
    public static readonly int MaxConcurrentQueries = Math.Max(4, 2 * Environment.ProcessorCount);

    private readonly TileCache _cache = new(settings.Bytes);
    private readonly SemaphoreSlim _queryGate = new(MaxConcurrentQueries, MaxConcurrentQueries);
    private readonly ConcurrentDictionary<long, (TileRunInfo? Run, long Until)> _runs = new();
    private readonly ConcurrentDictionary<TileKey, Lazy<Task<TileData>>> _loading = new();
    private readonly ConcurrentDictionary<(long RunId, int K, string Layer, string Group), (string[] Hidden, string[] HiddenCompare)> _hidden = new();
    private readonly ConcurrentDictionary<long, Lazy<Task<TileRunInfo?>>> _runLoads = new();

    /// <summary>The tile cache's state.</summary>
    public TileCacheStatistics CacheStatistics => _cache.Statistics;

    /// <summary>The tile, or why there is none (<see cref="TileStatus"/> with a message).</summary>
    public async Task<TileResponse> GetAsync(TileRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!TileLayers.IsKnown(request.Layer))
            return TileResponse.Missing($"There is no tile layer '{request.Layer}': use one of {string.Join(", ", TileLayers.All)}.");
        if (CheckTile(request.Z, request.X, request.Y) is { } bad) return TileResponse.Bad(bad);
        var run = await RunAsync(request.RunId, ct).ConfigureAwait(false);
        if (run is null)
            return TileResponse.Missing($"There is no analysis run {request.RunId.ToString(CultureInfo.InvariantCulture)}: GET /api/runs (or geo runs list) lists the runs.");
        if (run.Status != CompletedStatus)
            return TileResponse.Missing($"Run {request.RunId.ToString(CultureInfo.InvariantCulture)} is {run.Status}: only a completed run has tiles.");
        var group = TotalGroup;
        if (TileLayers.UsesGroup(request.Layer))
        {
            group = string.IsNullOrEmpty(request.Group) ? TotalGroup : request.Group;
            if (!run.Groups.Contains(group, StringComparer.Ordinal) && !(group == TotalGroup && run.Groups.Count == 0))
                return TileResponse.Bad($"Run {request.RunId.ToString(CultureInfo.InvariantCulture)} has no category group '{group}': use one of {string.Join(", ", run.Groups)}.");
        }
        var k = request.SuppressBelow <= 1 || request.Layer == TileLayers.Incidents ? 0 : request.SuppressBelow;
        (string[] Hidden, string[] HiddenCompare) hidden = ([], []);
        if (k > 0 && request.Layer is TileLayers.Areas or TileLayers.Hotspots or TileLayers.Cells)
        {
            var release = await releases.GetAsync(run.RunId, Roles.Partner, ct).ConfigureAwait(false);
            if (release.Threshold is { } rk)
            {
                k = Math.Max(k, rk);
                hidden = _hidden.GetOrAdd((run.RunId, rk, request.Layer, group), key => Complements(release, key.Layer, key.Group));
            }
        }
        var key = new TileKey(run.RunId, run.CreatedAt.Ticks, request.Layer, request.Z, request.X, request.Y, group, k);
        if (_cache.Get(key) is { } hit) return TileResponse.Found(hit);
        var load = _loading.GetOrAdd(key, kk => new Lazy<Task<TileData>>(() => LoadAsync(run, kk, hidden.Hidden, hidden.HiddenCompare)));
        return TileResponse.Found(await load.Value.WaitAsync(ct).ConfigureAwait(false));
    }

    /// <summary>Forgets every cached tile and run (after a run is deleted in this process, or in tests).</summary>
    public void Clear()
    {
        _cache.Clear();
        _hidden.Clear();
        _runs.Clear();
    }

    /// <summary>Null when z/x/y name a tile of the XYZ grid, else what is wrong.</summary>
    public static string? CheckTile(int z, int x, int y)
    {
        if (z is < 0 or > MaxZoom) return $"Zoom z={z.ToString(CultureInfo.InvariantCulture)} is out of range: use 0 to {MaxZoom}.";
        var n = 1L << z;
        if (x < 0 || x >= n) return $"Tile x={x.ToString(CultureInfo.InvariantCulture)} is out of range at zoom {z}: use 0 to {(n - 1).ToString(CultureInfo.InvariantCulture)}.";
        if (y < 0 || y >= n) return $"Tile y={y.ToString(CultureInfo.InvariantCulture)} is out of range at zoom {z}: use 0 to {(n - 1).ToString(CultureInfo.InvariantCulture)}.";
        return null;
    }

    /// <summary>The ids whose count (comparison count) the release hides as complements in a layer (the small ones the SQL's k hides anyway).</summary>
    private static (string[] Hidden, string[] HiddenCompare) Complements(RunRelease release, string layer, string group)
    {
        string[] Of(ReleasePeriod period) => layer switch
        {
            TileLayers.Areas => [.. release.Counts.Where(c => c.AreaSet == release.AreaSets[0] && c.Group == group && c.Period == period && c.Status == CellStatus.Secondary)
                .Select(c => c.AreaCode)],
            TileLayers.Hotspots => [.. release.Hotspots.Where(h => h.Key.Period == period && h.Value == CellStatus.Secondary)
                .Select(h => h.Key.Hotspot.ToString(CultureInfo.InvariantCulture))],
            _ => period == ReleasePeriod.Main
                ? [.. release.HiddenCells.Where(c => c.Value == CellStatus.Secondary).Select(c => c.Key.ToString(CultureInfo.InvariantCulture))]
                : [],
        };
        return (Of(ReleasePeriod.Main), Of(ReleasePeriod.Compare));
    }

    private async Task<TileData> LoadAsync(TileRunInfo run, TileKey key, string[] hidden, string[] hiddenCompare)
    {
        await _queryGate.WaitAsync().ConfigureAwait(false);
        try
        {
            // Not cancelled by one waiter: others may wait for the same tile (the statement's own timeout still applies).
            var bytes = await queries.TileAsync(run, key.Layer, key.Z, key.X, key.Y, key.SuppressBelow, key.Group, hidden, hiddenCompare, CancellationToken.None)
                .ConfigureAwait(false);
            var tile = new TileData(bytes, ETagOf(bytes));
            _cache.Add(key, tile);
            return tile;
        }
        finally
        {
            _queryGate.Release();
            _loading.TryRemove(key, out _);
        }
    }

    private async Task<TileRunInfo?> RunAsync(long runId, CancellationToken ct)
    {
        if (_runs.TryGetValue(runId, out var known) && known.Until > Stopwatch.GetTimestamp()) return known.Run;
        // One lookup however many requests find the entry expired at once.
        var load = _runLoads.GetOrAdd(runId, id => new Lazy<Task<TileRunInfo?>>(() => LoadRunAsync(id)));
        return await load.Value.WaitAsync(ct).ConfigureAwait(false);
    }

    private async Task<TileRunInfo?> LoadRunAsync(long runId)
    {
        try
        {
            var run = await queries.RunAsync(runId, CancellationToken.None).ConfigureAwait(false);
            if (_runs.Count > 10_000) _runs.Clear();
            _runs[runId] = (run, Stopwatch.GetTimestamp() + (long)(RunInfoFor.TotalSeconds * Stopwatch.Frequency));
            return run;
        }
        finally
        {
            _runLoads.TryRemove(runId, out _);
        }
    }

    /// <summary>A strong entity tag: the quoted first 128 bits of the SHA-256 of the bytes, in hex.</summary>
    public static string ETagOf(byte[] bytes) => "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
}
