using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Geo.Testing;

namespace Geo.Cli.Tests;

/// <summary><c>geo serve</c> through the real command: it refuses a non-loopback address unless asked, and it serves and stops cleanly.</summary>
[Collection("postgis")]
public sealed class ServeCliTests(PostGisFixture fixture) : CliDatabaseTest(fixture, "geo-serve-cli-")
{
    [Theory]
    [InlineData("http://0.0.0.0:5999")]
    [InlineData("http://192.168.1.10:5999")]
    [InlineData("http://*:5999")]
    public async Task A_non_loopback_address_is_refused_without_allow_remote(string urls)
    {
        var r = await Geo("serve", "--urls", urls);
        Assert.Equal(2, r.Exit);
        Assert.Contains("--allow-remote", r.Err, StringComparison.Ordinal);
        Assert.Contains("loopback", r.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_serves_health_and_the_addresses_and_stops_on_sigterm()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        using var p = Process.Start(CliRun.StartInfo(Db.DataSource.ConnectionString, Home, "serve", "--urls", url))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            HttpStatusCode? live = null;
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (live is null && DateTime.UtcNow < deadline && !p.HasExited)
            {
                try { live = (await http.GetAsync(url + "/health/live")).StatusCode; }
                catch (HttpRequestException) { await Task.Delay(250); }
            }
            Assert.Equal(HttpStatusCode.OK, live);
            var ready = await http.GetAsync(url + "/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("frame-ancestors 'none'", string.Join(";", ready.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        }
        finally
        {
            if (!p.HasExited) using (var kill = Process.Start("kill", ["-TERM", p.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await p.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        Assert.True(p.ExitCode == 0, await stderr + output);
        Assert.Contains(url + "/map/", output, StringComparison.Ordinal);
        Assert.Contains(url + "/api-reference", output, StringComparison.Ordinal);
        Assert.Contains("geo keys create", output, StringComparison.Ordinal);
    }
}
