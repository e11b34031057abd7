namespace Geo.Core.Taxonomy;

/// <summary>Minimal reader for the project's own small data CSVs (comma, optional double quotes, '#' comments).</summary>
internal static class CsvLines
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var lineNo = 0;
        string? header = null;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header is null) { header = line; continue; }
            yield return (lineNo, Split(line));
        }
    }

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields.ToArray();
    }
}
