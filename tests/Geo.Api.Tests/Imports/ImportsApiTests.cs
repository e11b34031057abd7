using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Geo.Api.Tests.Runs;
using Geo.Core.Domain;
using Geo.Testing;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Geo.Api.Tests.Imports;

/// <summary>
/// POST /api/study-areas/{code}/imports: the file as the body, the CLI's import with its reject report returned as data
/// (row and field named), a rejected file is a 422 that loads nothing, too large a body a 413, analysts only.
/// </summary>
[Collection("api")]
public sealed class ImportsApiTests(ApiFixture fixture)
{
    private const string Source = "api-upload-test";

    /// <summary>Four incidents of 2020 (before the fixture's runs) in the sample's CRS; the third has an unknown category.</summary>
    private static string Csv(string prefix) =>
        "source_id,occurred_at,category,x,y,time_precision,location_precision\n" +
        $"{prefix}1,2020-05-01 12:00,violence.assault,829927.24,7289754.00,minute,exact\n" +
        $"{prefix}2,2020-05-02 13:00,theft.bicycle,830171.79,7290315.08,minute,exact\n" +
        $"{prefix}3,2020-05-03 14:00,not.a.category,830171.79,7290315.08,minute,exact\n" +
        $"{prefix}4,2020-05-04 15:00,vandalism.graffiti,830390.00,7290090.00,minute,address\n";

    private async Task<long> CountAsync(string prefix)
    {
        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var cmd = data.CreateCommand("SELECT count(*) FROM incident WHERE study_area_code = $1 AND source = $2 AND source_id LIKE $3");
        cmd.Parameters.Add(new NpgsqlParameter { Value = ApiFixture.StudyArea });
        cmd.Parameters.Add(new NpgsqlParameter { Value = Source });
        cmd.Parameters.Add(new NpgsqlParameter { Value = prefix + "%" });
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query, HttpContent content) =>
        await client.PostAsync($"/api/study-areas/{ApiFixture.StudyArea}/imports?{query}", content);

    private static ByteArrayContent FileContent(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    [Fact]
    public async Task A_file_with_too_many_rejects_is_a_422_naming_row_and_field_and_loads_nothing()
    {
        using var client = fixture.Client(Roles.Analyst);
        var response = await PostAsync(client, $"kind=incidents&fileName=incidents.csv&source={Source}", FileContent(Csv("R")));
        var problem = await ApiResponses.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "1 of 4 rows rejected", "nothing was loaded");
        var import = problem.GetProperty("import");
        Assert.True(import.GetProperty("failed").GetBoolean());
        Assert.Equal(4, import.GetProperty("read").GetInt64());
        Assert.Equal(0, import.GetProperty("loaded").GetInt64());
        Assert.Equal(1, import.GetProperty("rejected").GetInt64());
        var reject = Assert.Single(import.GetProperty("rejects").EnumerateArray());
        Assert.Equal(3, reject.GetProperty("row").GetInt64());
        Assert.Equal("category", reject.GetProperty("field").GetString());
        Assert.Equal("not.a.category", reject.GetProperty("value").GetString());
        Assert.Equal("incidents.csv", reject.GetProperty("file").GetString());
        Assert.DoesNotContain(fixture.Home, problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("R"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(fixture.Home, "uploads")));
    }

    [Fact]
    public async Task A_file_within_the_reject_rate_is_loaded_with_its_reject_report()
    {
        using var client = fixture.Client(Roles.Analyst);
        var response = await PostAsync(client, $"kind=incidents&fileName=incidents.csv&source={Source}&maxRejectRate=0.5", FileContent(Csv("L")));
        var result = await ApiResponses.JsonAsync(response);
        Assert.False(result.GetProperty("failed").GetBoolean());
        Assert.Equal(4, result.GetProperty("read").GetInt64());
        Assert.Equal(3, result.GetProperty("loaded").GetInt64());
        Assert.Equal(3, result.GetProperty("new").GetInt64());
        Assert.Equal(1, result.GetProperty("rejected").GetInt64());
        Assert.Equal(1, result.GetProperty("rejectsTotal").GetInt64());
        var reject = Assert.Single(result.GetProperty("rejects").EnumerateArray(), r => r.GetProperty("action").GetString() == "rejected");
        Assert.Equal((3L, "category"), (reject.GetProperty("row").GetInt64(), reject.GetProperty("field").GetString()));
        Assert.Equal(3, await CountAsync("L"));

        // The import batch records the file's name and the caller.
        await using var data = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var cmd = data.CreateCommand("SELECT file_name, imported_by FROM import_batch WHERE id = $1");
        cmd.Parameters.Add(new NpgsqlParameter { Value = result.GetProperty("batchId").GetInt64() });
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal("incidents.csv", r.GetString(0));
        Assert.Equal("test analyst", r.GetString(1));
    }

    [Fact]
    public async Task Imports_are_for_analysts_and_bad_input_is_named()
    {
        foreach (var role in new[] { Roles.Partner, Roles.Coordinator })
        {
            using var other = fixture.Client(role);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(other, "kind=incidents&fileName=x.csv", FileContent(Csv("F")))).StatusCode);
        }
        using var anonymous = fixture.Client(null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(anonymous, "kind=incidents&fileName=x.csv", FileContent(Csv("F")))).StatusCode);
        Assert.Equal(0, await CountAsync("F"));

        using var client = fixture.Client(Roles.Analyst);
        await ApiResponses.ProblemAsync(await PostAsync(client, "kind=crimes&fileName=x.csv", FileContent(Csv("B"))), HttpStatusCode.BadRequest, "kind 'crimes'");
        await ApiResponses.ProblemAsync(await PostAsync(client, "kind=incidents&fileName=x.csv", new ByteArrayContent([])), HttpStatusCode.BadRequest, "body is empty");
        await ApiResponses.ProblemAsync(await PostAsync(client, "kind=incidents&fileName=x.csv&profile=nope", FileContent(Csv("B"))), HttpStatusCode.BadRequest, "nope");
        await ApiResponses.ProblemAsync(await PostAsync(client, "kind=incidents&fileName=x.csv&crs=EPSG:abc", FileContent(Csv("B"))), HttpStatusCode.BadRequest, "crs");
        await ApiResponses.ProblemAsync(await PostAsync(client, "kind=incidents&fileName=x.csv&maxRejectRate=lots", FileContent(Csv("B"))), HttpStatusCode.BadRequest, "maxRejectRate", "lots");
        await ApiResponses.ProblemAsync(await PostAsync(client, "kind=incidents&fileName=x.csv&areaSet=deso", FileContent(Csv("B"))), HttpStatusCode.BadRequest, "areaSet");
        await ApiResponses.ProblemAsync(await client.PostAsync("/api/study-areas/0000/imports?kind=incidents&fileName=x.csv", FileContent(Csv("B"))), HttpStatusCode.NotFound, "'0000'");
        Assert.Equal(0, await CountAsync("B"));
    }

    [Fact]
    public async Task A_body_over_the_upload_limit_is_a_413_before_or_while_it_is_read()
    {
        await using var small = fixture.Factory.WithWebHostBuilder(b => b.UseSetting("Geo:UploadLimitMegabytes", "1"));
        using var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.KeyOf(Roles.Analyst));
        var big = new StringBuilder(Csv("X"));
        while (big.Length < 1_200_000) big.Append(CultureInfo.InvariantCulture, $"X{big.Length},2020-05-01 12:00,violence.assault,829927.24,7289754.00,minute,exact\n");
        var known = await PostAsync(client, $"kind=incidents&fileName=big.csv&source={Source}", FileContent(big.ToString()));
        await ApiResponses.ProblemAsync(known, HttpStatusCode.RequestEntityTooLarge, "upload limit of 1 MB", "Geo:UploadLimitMegabytes");

        // Without a Content-Length (chunked), the body is counted as it is streamed.
        var chunked = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(big.ToString())));
        var streamed = await PostAsync(client, $"kind=incidents&fileName=big.csv&source={Source}", chunked);
        await ApiResponses.ProblemAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "upload limit of 1 MB");
        Assert.Equal(0, await CountAsync("X"));
    }

    /// <summary>A stream without a length, so that the client sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
