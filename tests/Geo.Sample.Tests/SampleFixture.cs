using Geo.Core.Domain;
using Geo.Import;
using Geo.Formats.Boundaries;

namespace Geo.Sample.Tests;

/// <summary>Generates the default sample once per test class (seed 42, 5 years, 8,000 police incidents a year).</summary>
public sealed class SampleFixture : IDisposable
{
    public SampleFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "geo-sample-test-" + Guid.NewGuid().ToString("N"));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Result = SampleGenerator.Generate(new SampleOptions(), Folder);
        Elapsed = sw.Elapsed;
        var boundary = BoundaryReader.Read(Path.Combine(Folder, SampleGenerator.BoundaryFile), new BoundaryOptions(Result.Code, TargetSrid: 3006));
        StudyArea = new StudyArea(Result.Code, Result.Name, boundary.Boundary, 3006);
    }

    public string Folder { get; }
    public SampleResult Result { get; }
    public TimeSpan Elapsed { get; }
    public StudyArea StudyArea { get; }

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>The incidents of a file as read by the importer's mapping layer.</summary>
    public List<Incident> Incidents(string file)
    {
        using var source = Sources.OpenIncidents(File(file), new ImportOptions(StudyArea));
        return source.Rows().Select(r => r.Value).OfType<Incident>().ToList();
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
