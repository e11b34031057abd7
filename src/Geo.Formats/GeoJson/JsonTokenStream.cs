using System.Buffers;
using System.Text.Json;

namespace Geo.Formats.GeoJson;

/// <summary>
/// Streams JSON tokens from a stream through a pooled, growable byte buffer with <see cref="Utf8JsonReader"/>
/// (the buffer-refill pattern of the System.Text.Json docs, "Read from a stream using Utf8JsonReader"),
/// and parses selected values (one feature at a time) into a <see cref="JsonDocument"/>.
/// </summary>
internal sealed class JsonTokenStream : IDisposable
{
    /// <summary>Largest single value (one feature) accepted, to keep memory bounded.</summary>
    public const int MaxValueBytes = 512 * 1024 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private bool _started;
    private JsonReaderState _state;

    public JsonTokenStream(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    }

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The text of the current PropertyName or String token, else null.</summary>
    public string? StringValue { get; private set; }

    /// <summary>Reads the next token; false at the end of the data.</summary>
    public bool Next()
    {
        while (true)
        {
            var reader = Reader();
            if (reader.Read())
            {
                TokenType = reader.TokenType;
                StringValue = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
                Commit(ref reader);
                return true;
            }

            if (_final) return false;

            Fill();
        }
    }

    /// <summary>Hands every remaining token to <paramref name="visitor"/> in one tight loop per buffer (fast scanning).</summary>
    public void VisitAll(JsonTokenVisitor visitor)
    {
        while (true)
        {
            var reader = Reader();
            while (reader.Read()) visitor(ref reader);
            Commit(ref reader);
            if (_final) return;
            Fill();
        }
    }

    /// <summary>Skips the next value (after a property name), whole objects and arrays included.</summary>
    public void SkipValue()
    {
        while (true)
        {
            var reader = Reader();
            if (reader.Read() && reader.TrySkip())
            {
                Commit(ref reader);
                return;
            }

            if (_final) throw new JsonException("The JSON ends in the middle of a value.");
            Fill();
        }
    }

    /// <summary>Parses the next value into a document; null when the next token closes the enclosing array.</summary>
    public JsonDocument? ParseValueOrEnd()
    {
        while (true)
        {
            var reader = Reader();
            if (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    TokenType = JsonTokenType.EndArray;
                    Commit(ref reader);
                    return null;
                }

                if (JsonDocument.TryParseValue(ref reader, out var document))
                {
                    Commit(ref reader);
                    return document;
                }
            }

            if (_final) throw new JsonException("The JSON ends in the middle of a value.");
            Fill();
        }
    }

    /// <summary>
    /// Hands the next value, if it lies wholly in the buffered data, to <paramref name="read"/> (positioned on its first
    /// token) and moves past it when that returns true. <see cref="FastValue.NotRead"/> leaves the stream where it was,
    /// for <see cref="ParseValueOrEnd"/> to read the same value.
    /// </summary>
    public FastValue TryReadValueOrEnd(JsonValueReader read)
    {
        var data = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(data, _final, _state);
        try
        {
            if (!reader.Read()) return FastValue.NotRead;
        }
        catch (JsonException)
        {
            return FastValue.NotRead;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            TokenType = JsonTokenType.EndArray;
            Commit(ref reader);
            return FastValue.End;
        }

        if (!read(ref reader, data)) return FastValue.NotRead;
        Commit(ref reader);
        return FastValue.Read;
    }

    private Utf8JsonReader Reader() => new(_buffer.AsSpan(_start, _end - _start), _final, _state);

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxValueBytes) throw new JsonException($"A single feature is larger than {MaxValueBytes / (1024 * 1024)} MB.");
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Array.Copy(_buffer, bigger, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        // Fill the free space completely (gzip streams return small chunks), so that a value larger than the
        // buffer is re-parsed only when the buffer has doubled: linear in the value's size.
        var n = _stream.ReadAtLeast(_buffer.AsSpan(_end), _buffer.Length - _end, throwOnEndOfStream: false);
        if (n < _buffer.Length - _end) _final = true;
        _end += n;
        if (!_started)
        {
            _started = true;
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _start = 3; // UTF-8 BOM (RFC 7946 §1: "MUST NOT", but common)
        }
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
