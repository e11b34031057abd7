namespace Geo.Storage.Tests;

public sealed class DescribeTests
{
    [Theory]
    [InlineData("postgresql://geo:s3cret@db.example:5433/geo?sslmode=require", "postgresql://geo:***@db.example:5433/geo?sslmode=require")]
    [InlineData("postgres://geo:p%40ss@db/geo", "postgres://geo:***@db/geo")]
    [InlineData("postgres://geo@db/geo?password=s3cret&sslmode=disable", "postgres://geo@db/geo?password=***&sslmode=disable")]
    [InlineData("postgres://db/geo", "postgres://db/geo")]
    public void Masks_url_passwords(string url, string expected)
    {
        Assert.Equal(expected, GeoSettings.Describe(url));
    }

    [Theory]
    [InlineData("Host=db;Username=geo;Password=s3cret;Database=geo")]
    [InlineData("host=db;user id=geo;pwd=s3cret;database=geo")]
    [InlineData("Host=db;Username=geo;Password='s3;cret';Database=geo")]
    [InlineData("Host=db;No Such Key=1;Password=s3cret;Database=geo")]
    public void Masks_key_value_passwords(string cs)
    {
        var d = GeoSettings.Describe(cs);
        Assert.DoesNotContain("s3cret", d);
        Assert.DoesNotContain("cret", d);
        Assert.Contains("***", d);
        Assert.Contains("db", d);
    }

    [Fact]
    public void Leaves_strings_without_password_alone()
    {
        Assert.DoesNotContain("***", GeoSettings.Describe("Host=/tmp/x;Port=5432;Username=postgres;Database=geo"));
    }

    [Fact]
    public void Converts_urls_to_npgsql_form()
    {
        var cs = GeoSettings.ToConnectionString("postgresql://us%40er:p%3Ass@db.example:5433/my%20db?sslmode=verify-full&application_name=geo");
        var b = new Npgsql.NpgsqlConnectionStringBuilder(cs);
        Assert.Equal("db.example", b.Host);
        Assert.Equal(5433, b.Port);
        Assert.Equal("us@er", b.Username);
        Assert.Equal("p:ss", b.Password);
        Assert.Equal("my db", b.Database);
        Assert.Equal(Npgsql.SslMode.VerifyFull, b.SslMode);
        Assert.Equal("geo", b.ApplicationName);
    }

    [Fact]
    public void Converts_multi_host_and_ipv6_urls()
    {
        Assert.Equal("h1:5432,h2:5433", new Npgsql.NpgsqlConnectionStringBuilder(GeoSettings.ToConnectionString("postgres://h1:5432,h2:5433/geo")).Host);
        var b = new Npgsql.NpgsqlConnectionStringBuilder(GeoSettings.ToConnectionString("postgres://[::1]:6543/geo"));
        Assert.Equal("::1", b.Host);
        Assert.Equal(6543, b.Port);
    }

    [Fact]
    public void Settings_read_home_and_config_file()
    {
        var home = Path.Combine(Path.GetTempPath(), "geo-settings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        try
        {
            var saved = Environment.GetEnvironmentVariable(GeoSettings.DatabaseUrlVariable);
            Environment.SetEnvironmentVariable(GeoSettings.DatabaseUrlVariable, null);
            try
            {
                var managed = GeoSettings.FromEnvironment(home);
                Assert.Equal(Path.GetFullPath(home), managed.Home);
                Assert.True(managed.IsManaged);
                Assert.Null(managed.DatabaseUrl);

                File.WriteAllText(Path.Combine(home, "config.json"), """{ "databaseUrl": "postgres://geo:x@db/geo" }""");
                var configured = GeoSettings.FromEnvironment(home);
                Assert.False(configured.IsManaged);
                Assert.Equal("postgres://geo:x@db/geo", configured.DatabaseUrl);
            }
            finally
            {
                Environment.SetEnvironmentVariable(GeoSettings.DatabaseUrlVariable, saved);
            }
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
