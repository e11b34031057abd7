using Geo.Testing;

namespace Geo.Import.Tests;

[CollectionDefinition("postgis")]
public sealed class PostGisCollection : ICollectionFixture<PostGisFixture>;
