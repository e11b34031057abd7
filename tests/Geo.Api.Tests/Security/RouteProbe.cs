using System.Globalization;
using System.Text.RegularExpressions;
using Geo.Core.Domain;
using Microsoft.AspNetCore.Authorization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Geo.Api.Tests.Security;

/// <summary>
/// Every endpoint of a running service (its <see cref="EndpointDataSource"/>), with the least role it requires (from its
/// authorization metadata; tile layers add their own role) and its route filled with the contract's parameter values.
/// Used by the generic role and injection tests so that they cover whatever routes exist.
/// </summary>
internal static partial class RouteProbe
{
    /// <summary>The tile layers and the role each needs (the route contract).</summary>
    public static readonly IReadOnlyDictionary<string, string> TileLayers = new Dictionary<string, string>
    {
        ["boundary"] = Roles.Partner, ["areas"] = Roles.Partner, ["hotspots"] = Roles.Partner,
        ["cells"] = Roles.Coordinator, ["density"] = Roles.Coordinator, ["resources"] = Roles.Coordinator,
        ["incidents"] = Roles.Analyst,
    };

    /// <summary>The query parameters the route contract names, per route (patterns without constraints).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> ContractQuery = new Dictionary<string, string[]>
    {
        ["/api/study-areas/{code}/resources"] = ["type"],
        ["/api/study-areas/{code}/imports"] = ["kind", "profile", "areaSet", "fileName"],
        ["/api/reference/{municipality}"] = ["year"],
        ["/api/runs"] = ["studyArea"],
        ["/api/runs/{runId}"] = ["lang"],
        ["/api/runs/{runId}/incidents"] = ["format"],
        ["/api/runs/{runId}/report"] = ["format", "lang", "planId"],
        ["/api/runs/{runId}/exports/{what}"] = ["format", "lang", "dialect"],
        ["/api/runs/{runId}/exports/{what}/metadata"] = ["format", "lang", "dialect"],
        ["/api/runs/{runId}/areas"] = ["group"],
        ["/api/runs/{runId}/areas/{areaCode}"] = ["group", "lang"],
        ["/api/runs/{runId}/classes"] = ["indicator", "method", "classes", "group"],
        ["/api/runs/{runId}/hotspots"] = ["lang"],
        ["/api/runs/{runId}/hotspots/{hotspotId}"] = ["lang"],
        ["/api/runs/{runId}/cells"] = ["significant"],
        ["/api/runs/{runId}/priorities"] = ["kind", "top", "lang"],
        ["/tiles/{runId}/{layer}/{z}/{x}/{y}.mvt"] = ["group"],
    };

    /// <summary>The route endpoints of <paramref name="services"/>' application.</summary>
    public static IReadOnlyList<RouteEndpoint> Endpoints(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>The endpoint's methods (GET when it names none).</summary>
    public static IReadOnlyList<string> Methods(RouteEndpoint e) =>
        e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? [.. m] : ["GET"];

    /// <summary>The least role's rank the endpoint requires (0: anonymous), see <see cref="Roles.Rank"/>.</summary>
    public static int RequiredRank(RouteEndpoint e)
    {
        if (e.Metadata.GetMetadata<IAllowAnonymous>() is not null) return 0;
        var authorize = e.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (authorize.Count == 0) return 0;
        return authorize.Max(a => a.Policy is { } p && p.StartsWith("role:", StringComparison.Ordinal) ? Roles.Rank(p["role:".Length..]) : 1);
    }

    /// <summary>The route's pattern without constraints, e.g. <c>/api/runs/{runId}/areas</c>.</summary>
    public static string Template(RouteEndpoint e) =>
        "/" + ParameterPattern().Replace(e.RoutePattern.RawText?.TrimStart('/') ?? "", m => "{" + m.Groups["name"].Value + "}");

    /// <summary>The names of the route's parameters.</summary>
    public static IReadOnlyList<string> Parameters(RouteEndpoint e) => [.. e.RoutePattern.Parameters.Select(p => p.Name)];

    /// <summary>True when the parameter is constrained to a number or a GUID (no text reaches the handler through it).</summary>
    public static bool IsTyped(RouteEndpoint e, string name) =>
        e.RoutePattern.GetParameter(name)?.ParameterPolicies.Any(p => p.Content is "int" or "long" or "guid" or "double" or "decimal" or "bool" or "float") == true;

    /// <summary>
    /// The request path of <paramref name="e"/> with <paramref name="values"/> (escaped); a value that its constraint
    /// rejects is replaced by one it accepts (1, or a GUID).
    /// </summary>
    public static string Path(RouteEndpoint e, IReadOnlyDictionary<string, string> values)
    {
        var segments = new List<string>();
        foreach (var segment in e.RoutePattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart l => l.Content,
                    RoutePatternSeparatorPart s => s.Content,
                    RoutePatternParameterPart p => ValueOf(e, p, values),
                    _ => "",
                };
            }
            if (text.Length > 0) segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }

    private static string ValueOf(RouteEndpoint e, RoutePatternParameterPart p, IReadOnlyDictionary<string, string> values)
    {
        var value = values.TryGetValue(p.Name, out var v) ? v : p.IsCatchAll ? "index.html" : p.IsOptional ? "" : "1";
        var kinds = p.ParameterPolicies.Select(x => x.Content).ToList();
        if (kinds.Contains("guid") && !Guid.TryParse(value, out _)) value = "00000000-0000-0000-0000-000000000001";
        if (kinds.Any(k => k is "int" or "long") && !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) value = "1";
        return p.IsCatchAll
            ? string.Join('/', value.Split('/').Select(Uri.EscapeDataString))
            : Uri.EscapeDataString(value);
    }

    /// <summary>
    /// A request of <paramref name="method"/> to <paramref name="path"/>; bodies of POST/PUT/PATCH are a small JSON object,
    /// sent as the first content type the endpoint declares it accepts (routing answers 415 to another one, before authorization).
    /// </summary>
    public static HttpRequestMessage Request(RouteEndpoint e, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT" or "PATCH")
        {
            var type = e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault(t => !t.Contains('*')) ?? "application/json";
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        }
        return request;
    }

    /// <summary>The contract's values of the route parameters for the fixture's sample (tile: zoom 13 over the study area's centre).</summary>
    public static async Task<Dictionary<string, string>> ValuesAsync(ApiFixture fixture)
    {
        var areaCode = await Sql.ScalarAsync<string>(fixture.ConnectionString,
            "SELECT code FROM area WHERE study_area_code = @s AND area_set = 'deso' ORDER BY code LIMIT 1", ("s", ApiFixture.StudyArea));
        var centre = (await Sql.RowsAsync(fixture.ConnectionString,
            "SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_Transform(ST_PointOnSurface(boundary), 4326) AS c FROM study_area WHERE code = @s) t",
            ("s", ApiFixture.StudyArea))).Single();
        var (lon, lat) = ((double)centre[0]!, (double)centre[1]!);
        const int z = 13;
        var n = 1 << z;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var rad = lat * Math.PI / 180;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(rad) + 1 / Math.Cos(rad)) / Math.PI) / 2 * n);
        string S(long value) => value.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, string>
        {
            ["runId"] = S(fixture.RunId), ["otherRunId"] = S(fixture.EarlierRunId), ["planId"] = S(fixture.PlanId), ["rowId"] = "1",
            ["code"] = ApiFixture.StudyArea, ["set"] = "deso", ["areaCode"] = areaCode, ["hotspotId"] = "1",
            ["jobId"] = "00000000-0000-0000-0000-000000000001", ["municipality"] = "2580", ["layer"] = "areas",
            ["z"] = S(z), ["x"] = S(x), ["y"] = S(y),
        };
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex ParameterPattern();
}
