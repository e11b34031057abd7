using System.Text;
using Geo.Core.Text;

namespace Geo.Core.Tests.Text;

/// <summary>
/// Compares <see cref="CsvTokenizer"/> (buffered, span-based) with a one-character-at-a-time reference
/// implementation of the same grammar on random documents that cross many buffer boundaries.
/// </summary>
public sealed class CsvTokenizerDifferentialTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Structured_random_documents_parse_like_the_reference(int seed)
    {
        var text = Structured(new Random(seed), 300_000);
        Assert.Equal(Reference(text, ','), Parse(text, ','));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(16)]
    public void Character_soup_parses_like_the_reference_or_fails_like_it(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "ab;;\"\r\n\n x";
        var text = new string(Enumerable.Range(0, 150_000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        if (seed % 2 == 0) text = text.Replace("\"", "", StringComparison.Ordinal) + "\"\"";
        List<string[]>? expected;
        try { expected = Reference(text, ';'); }
        catch (FormatException) { expected = null; }

        if (expected is null) Assert.Throws<CsvSyntaxException>(() => Parse(text, ';'));
        else Assert.Equal(expected, Parse(text, ';'));
    }

    private static string Structured(Random random, int length)
    {
        var sb = new StringBuilder();
        string[] endings = ["\n", "\r\n", "\r"];
        while (sb.Length < length)
        {
            if (random.Next(20) == 0) sb.Append(endings[random.Next(3)]); // blank line
            var fields = random.Next(1, 8);
            for (var f = 0; f < fields; f++)
            {
                if (f > 0) sb.Append(',');
                switch (random.Next(6))
                {
                    case 0: break; // empty
                    case 1: sb.Append(Word(random)); break;
                    case 2: sb.Append('"').Append(Word(random)).Append("\"\"").Append(',').Append(endings[random.Next(3)]).Append(Word(random)).Append('"'); break;
                    case 3: sb.Append('"').Append(Word(random)).Append('"').Append(Word(random)); break; // stray text after the quote
                    case 4: sb.Append(Word(random)).Append('"').Append(Word(random)); break; // quote inside an unquoted field
                    default: sb.Append('"').Append(new string(' ', random.Next(3))).Append('"'); break;
                }
            }

            sb.Append(endings[random.Next(3)]);
        }

        if (random.Next(2) == 0) sb.Append("last,row");
        return sb.ToString();
    }

    private static string Word(Random random) => new('w', random.Next(0, 12));

    private static List<string[]> Parse(string text, char delimiter)
    {
        // Chunks of 1 to 7 chars make every record cross the tokenizer's refills at every possible offset.
        using var parser = new CsvTokenizer(new ChunkedReader(text, new Random(text.Length)), delimiter);
        var records = new List<string[]>();
        while (parser.ReadRecord())
            records.Add(Enumerable.Range(0, parser.FieldCount).Select(i => parser.Field(i).ToString()).ToArray());
        return records;
    }

    /// <summary>A reader that hands out its text a few chars at a time.</summary>
    private sealed class ChunkedReader(string text, Random random) : TextReader
    {
        private int _pos;

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, random.Next(1, 8)), text.Length - _pos);
            text.AsSpan(_pos, n).CopyTo(buffer);
            _pos += n;
            return n;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
    }

    /// <summary>The grammar of <see cref="CsvTokenizer"/>, one character at a time.</summary>
    private static List<string[]> Reference(string s, char delimiter)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            // Start of a record: skip blank lines.
            if (fields.Count == 0 && s[i] is '\r' or '\n')
            {
                i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            var field = new StringBuilder();
            if (s[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= s.Length) throw new FormatException("unterminated");
                    if (s[i] == '"')
                    {
                        if (i + 1 < s.Length && s[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }

                    field.Append(s[i++]);
                }

                // Stray text after the closing quote: quotes in it toggle quoting, "" inside quotes is a quote.
                var inQuotes = false;
                while (i < s.Length && s[i] != delimiter && s[i] != '\r' && s[i] != '\n')
                {
                    if (s[i] == '"')
                    {
                        if (inQuotes && i + 1 < s.Length && s[i + 1] == '"' && i + 2 <= s.Length) { field.Append('"'); i += 2; continue; }
                        inQuotes = !inQuotes;
                        i++;
                        continue;
                    }

                    field.Append(s[i++]);
                }
            }
            else
            {
                while (i < s.Length && s[i] != delimiter && s[i] != '\r' && s[i] != '\n') field.Append(s[i++]);
            }

            fields.Add(field.ToString());
            if (i >= s.Length) break;
            if (s[i] == delimiter)
            {
                i++;
                if (i >= s.Length) fields.Add("");
                else continue;
                break;
            }

            i += s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
            records.Add([.. fields]);
            fields.Clear();
        }

        if (fields.Count > 0) records.Add([.. fields]);
        return records;
    }
}
