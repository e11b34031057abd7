using System.CommandLine;
using Geo.Api;
using Geo.Api.Security;
using Geo.Cli.Output;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Geo.Cli.Commands;

/// <summary>
/// <c>geo serve [--urls URL] [--allow-remote]</c>: the HTTP service (API, vector tiles, the map page) in this process,
/// the same one <c>dotnet run --project src/Geo.Api</c> starts (<see cref="GeoApi"/>), until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public static Command Build()
    {
        var urls = new Option<string?>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:5080; several separated by ';'). Loopback only unless --allow-remote.",
        };
        var allowRemote = new Option<bool>("--allow-remote")
        {
            Description = "Allow a non-loopback address in --urls (e.g. http://0.0.0.0:5080); put the service behind TLS then.",
        };
        var cmd = new Command("serve",
            "Serve the HTTP API, the vector tiles and the map page of the stored runs until Ctrl+C. Every request but the map\n" +
            "page's assets and /health needs an API key: create one with geo keys create --role ROLE --name NAME.\n" +
            "Settings (base map, rate limit, upload limit) as Geo:* configuration: see docs/security.md and docs/api.md.")
            { urls, allowRemote };
        cmd.SetAction(async (p, ct) =>
        {
            // geo serve prints its own addresses: the host's start-up lines (listening on, content root) would repeat them.
            var args = new List<string> { "--Logging:LogLevel:Microsoft.AspNetCore=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning" };
            var remote = p.GetValue(allowRemote);
            if (p.GetValue(urls) is { } u)
            {
                ListenAddresses.Check(u, remote);
                args.Add("--Geo:Urls=" + u);
            }
            if (remote) args.Add("--Geo:AllowRemote=true");
            await using var app = await GeoApi.BuildAsync([.. args], Terminal.Log, ct);
            await app.StartAsync(ct);
            foreach (var address in app.Urls)
            {
                var a = address.TrimEnd('/');
                Console.WriteLine($"Geo is serving at {a}");
                Console.WriteLine($"  map:           {a}/map/");
                Console.WriteLine($"  API reference: {a}/api-reference");
                Console.WriteLine($"  health:        {a}/health/ready");
            }
            Console.WriteLine("The map and the API need a key: geo keys create --role analyst|coordinator|partner --name NAME. Ctrl+C stops.");
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return cmd;
    }
}
