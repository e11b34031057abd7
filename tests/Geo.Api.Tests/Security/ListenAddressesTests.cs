using Geo.Api.Security;

namespace Geo.Api.Tests.Security;

/// <summary>Loopback only unless remote access is asked for: which listen addresses pass.</summary>
public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://127.0.0.2:8443/")]
    [InlineData("http://127.0.0.1:5080;http://[::1]:5080")]
    [InlineData("http://127.0.0.1:0")]
    public void Loopback_addresses_pass(string urls) => Assert.NotEmpty(ListenAddresses.Check(urls, allowRemote: false));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://geo.kommun.se:5080")]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081")]
    public void Other_addresses_need_allow_remote(string urls)
    {
        var e = Assert.Throws<ArgumentException>(() => ListenAddresses.Check(urls, allowRemote: false));
        Assert.Contains("--allow-remote", e.Message, StringComparison.Ordinal);
        Assert.NotEmpty(ListenAddresses.Check(urls, allowRemote: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://127.0.0.1:5080/path")]
    public void Malformed_addresses_are_refused_even_with_allow_remote(string urls) =>
        Assert.Throws<ArgumentException>(() => ListenAddresses.Check(urls, allowRemote: true));
}
