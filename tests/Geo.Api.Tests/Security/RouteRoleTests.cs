using System.Net;
using System.Net.Http.Headers;
using Geo.Core.Domain;
using Microsoft.AspNetCore.Routing;

namespace Geo.Api.Tests.Security;

/// <summary>
/// Every route of the service (enumerated from its endpoints, so routes added later are covered too) for every role and
/// anonymously: below the route's role (for tiles: the layer's role) there is 401 without a key and 403 with a lower
/// one, never data; from the route's role up there is neither 401 nor 403 nor a 500.
/// </summary>
[Collection("api")]
public sealed class RouteRoleTests(ApiFixture fixture)
{
    private static readonly string?[] Callers = [null, Roles.Partner, Roles.Coordinator, Roles.Analyst];

    [Fact]
    public async Task Every_route_enforces_its_role_for_every_caller()
    {
        var exercised = await CheckAsync(RouteProbe.Endpoints(fixture.Factory.Services), await RouteProbe.ValuesAsync(fixture), fixture.Client);
        // Sanity: the routes of this branch at least (routes merged later add to the list).
        Assert.Contains("GET /health/live", exercised);
        Assert.Contains("GET /health/ready", exercised);
    }

    [Fact]
    public async Task The_check_itself_catches_roles_on_test_routes_of_each_policy()
    {
        await using var host = await SecurityTestHost.StartAsync(fixture);
        var values = await RouteProbe.ValuesAsync(fixture);
        values["tag"] = "roles";
        var exercised = await CheckAsync(RouteProbe.Endpoints(host.App.Services), values, host.Client);
        Assert.Contains("GET /api/test/{tag}/rows/{n}", exercised);
        Assert.Contains("GET /api/test/{tag}/coordinator", exercised);
        Assert.Contains("POST /api/test/{tag}/upload", exercised);
        Assert.Equal(1, RouteProbe.RequiredRank(RouteProbe.Endpoints(host.App.Services).Single(e => RouteProbe.Template(e).EndsWith("/rows/{n}", StringComparison.Ordinal))));
        Assert.Equal(3, RouteProbe.RequiredRank(RouteProbe.Endpoints(host.App.Services).Single(e => RouteProbe.Template(e).EndsWith("/upload", StringComparison.Ordinal))));
    }

    private static async Task<HashSet<string>> CheckAsync(IReadOnlyList<RouteEndpoint> endpoints, Dictionary<string, string> values, Func<string?, HttpClient> clientOf)
    {
        var clients = Callers.ToDictionary(c => c ?? "", c => clientOf(c));
        var exercised = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        try
        {
            foreach (var endpoint in endpoints)
            foreach (var method in RouteProbe.Methods(endpoint))
            {
                var layers = RouteProbe.Parameters(endpoint).Contains("layer") ? RouteProbe.TileLayers.Keys.ToList() : [values.GetValueOrDefault("layer", "areas")];
                foreach (var layer in layers)
                {
                    var v = new Dictionary<string, string>(values) { ["layer"] = layer };
                    var path = RouteProbe.Path(endpoint, v);
                    var required = Math.Max(RouteProbe.RequiredRank(endpoint),
                        RouteProbe.Parameters(endpoint).Contains("layer") && RouteProbe.TileLayers.TryGetValue(layer, out var lr) ? Roles.Rank(lr) : 0);
                    foreach (var caller in Callers)
                    {
                        using var request = RouteProbe.Request(endpoint, method, path);
                        using var response = await clients[caller ?? ""].SendAsync(request);
                        var status = (int)response.StatusCode;
                        var who = caller ?? "anonymous";
                        var rank = Roles.Rank(caller);
                        string? wrong = null;
                        if (required > 0 && caller is null && status != 401) wrong = "expected 401";
                        else if (required > 0 && caller is not null && rank < required && status != 403) wrong = "expected 403";
                        else if ((required == 0 || rank >= required) && status is 401 or 403) wrong = "expected access";
                        else if (status == 500) wrong = "500";
                        if (wrong is not null) failures.Add($"{method} {path} as {who}: {status}, {wrong}");
                    }
                }
                exercised.Add(method + " " + RouteProbe.Template(endpoint));
            }
        }
        finally
        {
            foreach (var c in clients.Values) c.Dispose();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        return exercised;
    }
}
