using Geo.Testing;

namespace Geo.Cli.Tests;

[CollectionDefinition("postgis")]
public sealed class PostGisCollection : ICollectionFixture<PostGisFixture>;
