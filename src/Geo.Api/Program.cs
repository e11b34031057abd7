using Geo.Api;

// geo serve and `dotnet run --project src/Geo.Api` start the same service (GeoApi).
await using var app = await GeoApi.BuildAsync(args);
await app.RunAsync();
