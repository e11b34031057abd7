namespace Geo.Map.Tests;

/// <summary>Every browser test is in this collection: one PostGIS cluster, one analysed sample, one running service and one browser.</summary>
[CollectionDefinition("map")]
public sealed class MapCollection : ICollectionFixture<MapFixture>;
