using Geo.Testing;

namespace Geo.Formats.Tests.Exports;

/// <summary>Runs <c>ogrinfo</c> (Debian gdal-bin; a missing tool fails the test) and requires a clean exit: code 0 and nothing on stderr.</summary>
internal static class OgrInfo
{
    public static string Clean(params string[] args)
    {
        var (exit, stdout, stderr) = Gdal.Run("ogrinfo", args);
        Assert.True(exit == 0, $"ogrinfo exited with {exit}: {stderr}");
        Assert.True(stderr.Trim().Length == 0, $"ogrinfo wrote to stderr: {stderr}");
        Assert.DoesNotContain("Warning", stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ERROR", stdout, StringComparison.Ordinal);
        return stdout;
    }
}
