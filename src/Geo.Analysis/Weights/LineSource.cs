namespace Geo.Analysis.Weights;

/// <summary>Splits a text file into white-space separated fields line by line, counting 1-based line numbers.</summary>
internal sealed class LineSource(TextReader reader, string fileName)
{
    private static readonly char[] Separators = [' ', '\t'];
    private int _line;
    private string? _peeked;
    private bool _hasPeek;

    public string FileName { get; } = fileName;

    /// <summary>The next non-blank line's number and fields, or null at end of file.</summary>
    public (int Line, string[] Fields)? Next()
    {
        while (ReadRaw() is { } text)
        {
            var fields = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length > 0) return (_line, fields);
        }
        return null;
    }

    /// <summary>True when the next raw line exists and is blank.</summary>
    public bool PeekIsBlank()
    {
        if (!_hasPeek)
        {
            _peeked = reader.ReadLine();
            _hasPeek = true;
        }
        return _peeked is not null && string.IsNullOrWhiteSpace(_peeked);
    }

    /// <summary>Consumes one raw line.</summary>
    public void SkipOneRaw() => ReadRaw();

    private string? ReadRaw()
    {
        string? text;
        if (_hasPeek)
        {
            text = _peeked;
            _hasPeek = false;
            _peeked = null;
        }
        else
        {
            text = reader.ReadLine();
        }
        if (text is not null) _line++;
        return text;
    }
}
