using Geo.Testing;

namespace Geo.Reporting.Tests;

[CollectionDefinition("postgis")]
public sealed class PostGisCollection : ICollectionFixture<PostGisFixture>;
