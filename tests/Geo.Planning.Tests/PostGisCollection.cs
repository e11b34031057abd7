using Geo.Testing;

namespace Geo.Planning.Tests;

[CollectionDefinition("postgis")]
public sealed class PostGisCollection : ICollectionFixture<PostGisFixture>;
