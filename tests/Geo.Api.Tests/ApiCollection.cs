namespace Geo.Api.Tests;

/// <summary>Every API test class is in this collection: one PostGIS cluster, one sample database and one service for the assembly.</summary>
[CollectionDefinition("api")]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>;
