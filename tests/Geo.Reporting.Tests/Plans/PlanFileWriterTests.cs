using Geo.Reporting.Plans;
using Geo.Testing;

namespace Geo.Reporting.Tests.Plans;

/// <summary>What every plan file shares: the extension decides the format, files appear whole or not at all.</summary>
public sealed class PlanFileWriterTests
{
    private readonly PlanFileWriter _writer = new();

    [Theory]
    [InlineData("plan.csv", "'.csv'")]
    [InlineData("plan.xls", "'.xls'")]
    [InlineData("plan", "without an extension")]
    public async Task AnUnknownExtensionIsRefusedNamingItAndTheAllowedOnes(string name, string named)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, name);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => _writer.WriteAsync(PlanSamples.Swedish(), null, path));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
        foreach (var ext in PlanFileWriter.Extensions) Assert.Contains(ext, e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Theory]
    [InlineData("plan.json")]
    [InlineData("plan.md")]
    [InlineData("plan.xlsx")]
    [InlineData("PLAN.XLSX")]
    public async Task AMissingDirectoryIsCreatedAnExistingFileReplacedAndNoTemporaryFileLeft(string name)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "a", "b", name);
        await _writer.WriteAsync(PlanSamples.Swedish(), null, path);
        var first = new FileInfo(path).Length;
        Assert.True(first > 100);

        await _writer.WriteAsync(PlanSamples.English(), null, path);
        Assert.NotEqual(first, new FileInfo(path).Length);
        Assert.Equal([Path.GetFileName(path)], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("plan.json")]
    [InlineData("plan.md")]
    [InlineData("plan.xlsx")]
    public async Task ACancelledWriteLeavesTheExistingFileAsItWasAndNoTemporaryFile(string name)
    {
        using var dir = new TempDir();
        var path = dir.File(name, "the previous plan");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _writer.WriteAsync(PlanSamples.Swedish(), null, path, cts.Token));
        Assert.Equal("the previous plan", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task APlanWithoutRowsGivesFilesWithTheHeaderOnly()
    {
        using var dir = new TempDir();
        var plan = PlanSamples.English() with { Rows = [] };
        var json = Path.Combine(dir.Path, "empty.json");
        var md = Path.Combine(dir.Path, "empty.md");
        var xlsx = Path.Combine(dir.Path, "empty.xlsx");
        await _writer.WriteAsync(plan, null, json);
        await _writer.WriteAsync(plan, null, md);
        await _writer.WriteAsync(plan, null, xlsx);

        using (var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json)))
            Assert.Equal(0, doc.RootElement.GetProperty("rows").GetArrayLength());
        var lines = File.ReadAllLines(md);
        var header = Array.FindIndex(lines, l => l.StartsWith("| No. | Problem |", StringComparison.Ordinal));
        Assert.StartsWith("| --- |", lines[header + 1], StringComparison.Ordinal);
        Assert.Equal("", lines[header + 2]);
        using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(book).Select(e => e.Description));
        var sheet = book.WorkbookPart!.WorksheetParts.First().Worksheet;
        Assert.Single(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>());
        Assert.Equal("A1:Z1", sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public async Task AFollowUpOfAnotherPlanIsRefused()
    {
        using var dir = new TempDir();
        var e = await Assert.ThrowsAsync<ArgumentException>(() =>
            _writer.WriteAsync(PlanSamples.English(), PlanSamples.FollowUp(PlanSamples.Swedish()), Path.Combine(dir.Path, "p.json")));
        Assert.Contains("plan 17", e.Message, StringComparison.Ordinal);
        Assert.Contains("plan 18", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheVersionIsTheAssemblysInformationalVersion()
    {
        Assert.False(string.IsNullOrWhiteSpace(PlanFileWriter.GeoVersion));
        Assert.NotEqual("unknown", PlanFileWriter.GeoVersion);
    }
}
