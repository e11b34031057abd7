using Geo.Api;

// geo serve and `dotnet run --project src/Geo.Api` start the same service (GeoApi). A start-up problem (a database out of
// reach, a non-loopback address without Geo:AllowRemote, a bad setting) is one line on stderr, not a stack trace.
try
{
    await using var app = await GeoApi.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException or InvalidDataException or Geo.Storage.GeoStorageException
                              or IOException or Npgsql.NpgsqlException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
