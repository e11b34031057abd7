namespace Geo.Formats.Exports;

internal sealed class XlsxExportWriter : IExportWriter
{
    public XlsxExportWriter(string path, ExportWriterOptions options) =>
        throw new NotImplementedException($"the xlsx export writer ({path}, {options.Lang}) is not written yet.");

    public long Rows => 0;

    public Task<long> WriteTableAsync(ExportTable table, CancellationToken ct = default) => throw new NotImplementedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
