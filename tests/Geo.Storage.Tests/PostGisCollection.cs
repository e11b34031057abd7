using Geo.Testing;

namespace Geo.Storage.Tests;

/// <summary>One throwaway PostGIS cluster shared by every test class of this assembly.</summary>
[CollectionDefinition("postgis")]
public sealed class PostGisCollection : ICollectionFixture<PostGisFixture>;
