using System.Globalization;

namespace Geo.Bench;

/// <summary>Tiny argument and process helpers shared by the benchmarks.</summary>
internal static class Args
{
    public static long Long(string[] args, string name, long fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? long.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static int Int(string[] args, string name, int fallback) => checked((int)Long(args, name, fallback));

    public static string? String(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Peak resident memory of this process (VmHWM), in MB.</summary>
    public static long PeakMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        return Environment.WorkingSet / (1024 * 1024);
    }
}
