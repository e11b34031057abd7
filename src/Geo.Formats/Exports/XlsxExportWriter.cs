using System.Globalization;
using System.IO.Packaging;
using Geo.Formats.Xlsx;

namespace Geo.Formats.Exports;

/// <summary>
/// Writes export tables as an XLSX workbook, streaming: the package (parts, relationships, content types) by
/// System.IO.Packaging (the OpenXml SDK's package layer) opened write-only, so each part is compressed straight into the
/// zip as it is written (the SDK itself needs a readable package, and .NET's zip then holds every written part in
/// memory until the file closes: dotnet/Open-XML-SDK#807), each worksheet part by
/// <see cref="XlsxSheetWriter"/> row by row with SpreadsheetML as the default namespace (GDAL's XLSX driver does not
/// read the SDK's <c>x:</c> prefix). One sheet per table named after its title in the export's language (at most 31
/// characters, none of []:*?/\, unique), then the sheet "Metadata" (key, label, value). Column widths are estimated from
/// the header and the first <see cref="WidthSample"/> rows, which are the only rows held in memory.
/// </summary>
internal sealed class XlsxExportWriter : IExportWriter
{
    /// <summary>Rows read ahead to size the columns.</summary>
    public const int WidthSample = 1000;

    /// <summary>The metadata sheet's name.</summary>
    public const string MetadataSheet = "Metadata";

    private const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private const string StylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string WorksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    private const string StylesRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    private readonly ExportWriterOptions _options;
    private readonly FileStream _file;
    private readonly Package _package;
    private readonly XlsxStyles _styles = new();
    private readonly List<(string Name, string RelationshipId, string Filter, int Columns)> _sheets = [];
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { MetadataSheet };
    private bool _disposed;

    public XlsxExportWriter(string path, ExportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        // Write-only: the SDK then opens the zip in create mode and every part streams to disk as it is written.
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        _package = Package.Open(_file, FileMode.Create, FileAccess.Write);

    }

    public long Rows { get; private set; }

    public async Task<long> WriteTableAsync(ExportTable table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var columns = table.Columns;
        var name = SheetName(table.Title(_options.Lang));
        var lang = _options.Lang;
        var widths = columns.Select(c => (double)(c.Label(lang).Length + 1)).ToArray();
        await using var rows = table.Rows.GetAsyncEnumerator(ct);
        var ahead = new List<ExportRow>();
        var more = true;
        while (ahead.Count < WidthSample && (more = await rows.MoveNextAsync().ConfigureAwait(false)))
        {
            Check(table, rows.Current, ahead.Count);
            ahead.Add(rows.Current);
            for (var i = 0; i < columns.Count; i++)
                widths[i] = Math.Max(widths[i], XlsxSheetWriter.Width(columns[i], rows.Current.Values[i], lang));
        }
        for (var i = 0; i < widths.Length; i++) widths[i] = Math.Clamp(widths[i] + 2, 6, 80);

        var (part, id) = NewSheetPart();
        long count = 0;
        string filter;
        await using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
        {
            using var sheet = new XlsxSheetWriter(stream, columns, _styles, lang, _sheets.Count == 0, widths);
            foreach (var r in ahead) sheet.Write(r.Values);
            count = ahead.Count;
            ahead.Clear();
            while (more && await rows.MoveNextAsync().ConfigureAwait(false))
            {
                Check(table, rows.Current, count);
                sheet.Write(rows.Current.Values);
                count++;
            }
            filter = sheet.Finish();
        }
        _sheets.Add((name, id, filter, columns.Count));
        Rows += count;
        return count;
    }

    private (PackagePart Part, string Id) NewSheetPart()
    {
        var n = _sheets.Count + 1;
        var part = _package.CreatePart(new Uri($"/xl/worksheets/sheet{n}.xml", UriKind.Relative), WorksheetType, CompressionOption.Normal);
        return (part, $"rIdSheet{n}");
    }

    private static void Check(ExportTable table, ExportRow row, long index)
    {
        if (row.Values.Count != table.Columns.Count)
            throw new InvalidOperationException($"Row {index + 1} of '{table.Name}' has {row.Values.Count} values for {table.Columns.Count} columns.");
    }

    /// <summary>A sheet name Excel accepts: none of []:*?/\, not starting or ending with an apostrophe, at most 31 characters, unique.</summary>
    private string SheetName(string title)
    {
        var clean = new string([.. title.Select(c => "[]:*?/\\".Contains(c) || char.IsControl(c) ? ' ' : c)]).Trim().Trim('\'').Trim();
        if (clean.Length == 0) clean = "Sheet";
        if (clean.Length > 31) clean = clean[..31].TrimEnd();
        var name = clean;
        for (var n = 2; !_names.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }
        return name;
    }

    private void WriteMetadataSheet()
    {
        var sv = _options.Lang != "en";
        ExportColumn[] columns =
        [
            new("key", "Nyckel", "Key", ExportKind.Text),
            new("label", "Beskrivning", "Label", ExportKind.Text),
            new("value", "Värde", "Value", ExportKind.Text),
        ];
        var rows = _options.Metadata.Entries.Select(e => (object?[])[e.Key, sv ? e.LabelSv : e.LabelEn, Value(e.Value)]).ToList();
        var widths = columns.Select((c, i) => (double)Math.Clamp(rows.Select(r => XlsxSheetWriter.Width(c, r[i], _options.Lang)).Append(c.Label(_options.Lang).Length).Max() + 2, 6, 80)).ToArray();
        var (part, id) = NewSheetPart();
        string filter;
        using (var stream = part.GetStream(FileMode.Create, FileAccess.Write))
        using (var sheet = new XlsxSheetWriter(stream, columns, _styles, _options.Lang, _sheets.Count == 0, widths))
        {
            foreach (var r in rows) sheet.Write(r);
            filter = sheet.Finish();
        }
        _sheets.Add((MetadataSheet, id, filter, columns.Length));
    }

    /// <summary>A metadata value in a cell: numbers and booleans typed, everything else as text (structured values as JSON).</summary>
    private static object? Value(object? v) => v switch
    {
        null => null,
        bool or int or long or double or float or decimal => v is double d && !double.IsFinite(d) ? null : v,
        _ => ExportValues.Text(v),
    };

    /// <summary>The workbook part, last (a zip entry in create mode is written once, when created): its sheets, relationships and filter names.</summary>
    private void WriteWorkbook()
    {
        // Every part is written before the workbook names them: a part's zip entry is written once, in turn.
        var workbook = _package.CreatePart(new Uri("/xl/workbook.xml", UriKind.Relative), WorkbookType, CompressionOption.Normal);
        _package.CreateRelationship(workbook.Uri, TargetMode.Internal, OfficeDocument, "rId1");
        for (var i = 0; i < _sheets.Count; i++)
            workbook.CreateRelationship(new Uri($"worksheets/sheet{i + 1}.xml", UriKind.Relative), TargetMode.Internal, WorksheetRelationship, _sheets[i].RelationshipId);
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, StylesRelationship, "rIdStyles");
        using var stream = workbook.GetStream(FileMode.Create, FileAccess.Write);
        using var w = XlsxXml.Create(stream);
        w.WriteStartDocument(true);
        w.WriteStartElement("workbook", XlsxXml.Main);
        w.WriteAttributeString("xmlns", "r", null, XlsxXml.Relationships);
        w.WriteRaw("<bookViews><workbookView/></bookViews>");
        w.WriteStartElement("sheets");
        for (var i = 0; i < _sheets.Count; i++)
        {
            w.WriteStartElement("sheet");
            w.WriteAttributeString("name", _sheets[i].Name);
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", XlsxXml.Relationships, _sheets[i].RelationshipId);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("definedNames");
        for (var i = 0; i < _sheets.Count; i++)
        {
            w.WriteStartElement("definedName");
            w.WriteAttributeString("name", "_xlnm._FilterDatabase");
            w.WriteAttributeString("localSheetId", i.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("hidden", "1");
            var parts = _sheets[i].Filter.Split(':');
            w.WriteString($"'{_sheets[i].Name.Replace("'", "''", StringComparison.Ordinal)}'!{Absolute(parts[0])}:{Absolute(parts[1])}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string Absolute(string reference)
    {
        var digits = reference.IndexOfAny("0123456789".ToCharArray());
        return "$" + reference[..digits] + "$" + reference[digits..];
    }

    public ValueTask DisposeAsync()
    {
        if (_disposed) return ValueTask.CompletedTask;
        _disposed = true;
        try
        {
            WriteMetadataSheet();
            var styles = _package.CreatePart(new Uri("/xl/styles.xml", UriKind.Relative), StylesType, CompressionOption.Normal);
            using (var s = styles.GetStream(FileMode.Create, FileAccess.Write)) _styles.Save(s);
            WriteWorkbook();
        }
        finally
        {
            _package.Close();
            _file.Dispose();
        }
        return ValueTask.CompletedTask;
    }
}
