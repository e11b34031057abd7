using System.Diagnostics;
using System.Globalization;

namespace Geo.Storage.Tests;

/// <summary>
/// CPU seconds spent by this process and by the local test server's processes (the postmaster's children, from
/// /proc) between two readings: a figure for benchmarks that does not depend on how busy the shared machine is. Null
/// server time when the server is not a local Linux process (e.g. GEO_TEST_DATABASE_URL elsewhere).
/// </summary>
internal sealed class CpuMeter
{
    private readonly int? _postmaster;
    private readonly TimeSpan _client0;
    private readonly double? _server0;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    private CpuMeter(int? postmaster)
    {
        _postmaster = postmaster;
        _client0 = Process.GetCurrentProcess().TotalProcessorTime;
        _server0 = ServerSeconds(postmaster);
    }

    public static async Task<CpuMeter> StartAsync(GeoDatabase db)
    {
        int? postmaster = null;
        try
        {
            var backend = await Loads.ScalarAsync<int>(db, "SELECT pg_backend_pid()");
            var stat = File.ReadAllText($"/proc/{backend}/stat");
            postmaster = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return new CpuMeter(postmaster);
    }

    /// <summary>"wall 0.412 s, CPU client 0.150 s + server 0.120 s".</summary>
    public string Report()
    {
        var wall = _wall.Elapsed.TotalSeconds;
        var client = (Process.GetCurrentProcess().TotalProcessorTime - _client0).TotalSeconds;
        var server = ServerSeconds(_postmaster) - _server0;
        return string.Create(CultureInfo.InvariantCulture,
            $"wall {wall:F3} s, CPU client {client:F3} s + server {(server is { } s ? s.ToString("F3", CultureInfo.InvariantCulture) : "?")} s");
    }

    private static double? ServerSeconds(int? postmaster)
    {
        if (postmaster is not { } pm) return null;
        var ticks = 0L;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After the name: state(0) ppid(1) ... utime(11) stime(12).
                if (int.Parse(f[1], CultureInfo.InvariantCulture) != pm) continue;
                ticks += long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
            }
        }
        return ticks / 100.0; // USER_HZ
    }
}
