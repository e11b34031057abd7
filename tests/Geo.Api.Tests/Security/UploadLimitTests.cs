using System.Net;
using System.Net.Http.Json;
using Geo.Core.Domain;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Geo.Api.Tests.Security;

/// <summary>The request body limit (Geo:UploadLimitMegabytes) on real Kestrel: a larger body is 413 with a ProblemDetails, declared (refused before reading) or found by Kestrel while reading.</summary>
[Collection("api")]
public sealed class UploadLimitTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_body_over_the_limit_is_413_with_a_problem_and_one_under_it_is_read()
    {
        await using var host = await SecurityTestHost.StartAsync(fixture, ("Geo:UploadLimitMegabytes", "1"));
        using var analyst = host.Client(Roles.Analyst);
        const int mb = 1024 * 1024;

        var ok = await analyst.PostAsync("/api/test/x/upload", new ByteArrayContent(new byte[mb - 10]));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(mb - 10, await ok.Content.ReadFromJsonAsync<long>());

        // Declared too large (Content-Length): refused before the handler reads anything; the client waits for the
        // answer before sending the body (Expect: 100-continue), as a browser's large upload should.
        using var declared = new HttpRequestMessage(HttpMethod.Post, "/api/test/x/upload") { Content = new ByteArrayContent(new byte[mb + 10]) };
        declared.Headers.ExpectContinue = true;
        await AssertTooLargeAsync(await analyst.SendAsync(declared));

        // A chunked body: Kestrel itself stops reading at the limit (its option is set) and throws; that is a 413 problem, not a 500.
        Assert.Equal(mb, host.App.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MaxRequestBodySize);
        await AssertTooLargeAsync(await analyst.PostAsync("/api/test/x/kestrel-too-large", new StringContent("{}")));
    }

    private static async Task AssertTooLargeAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("1 MB", body, StringComparison.Ordinal);
        Assert.Contains("\"status\":413", body, StringComparison.Ordinal);
    }
}
