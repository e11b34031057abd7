using Geo.Storage;
using Geo.Testing;

namespace Geo.Import.Tests.Pipeline;

/// <summary>
/// A fresh database holding the square test study area (<see cref="PipelineTestData.StudyArea"/>) and a temporary folder,
/// both removed after each test.
/// </summary>
public abstract class PipelineDatabaseTest(PostGisFixture fixture, string prefix) : IAsyncLifetime, IDisposable
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    protected GeoDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await fixture.CreateDatabaseAsync();
        await new StudyAreaStore(Db).UpsertAsync(PipelineTestData.StudyArea());
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    public void Dispose()
    {
        Directory.Delete(Dir, true);
        GC.SuppressFinalize(this);
    }
}
