using Geo.Planning.Plans;
using Geo.Reporting.Plans;
using Geo.Testing;

namespace Geo.Reporting.Tests.Plans;

/// <summary>The Markdown plan: Brå's template in the plan's language, one table line per row, text that cannot break the table.</summary>
public sealed class PlanMarkdownFileTests
{
    private const string SwedishHeader =
        "| Nr | Problem | Orsak | Åtgärd | Operativt mål | Indikator och utgångsvärde | När (klart senast / uppföljning) | Vem (ansvarig aktör) | "
        + "Typ (situationell/social, engångsinsats/ordinarie verksamhet, kort/lång sikt) | Status | Uppföljning (grön/gul/röd) | Anteckningar |";

    private const string EnglishHeader =
        "| No. | Problem | Cause | Measure | Operational goal | Indicator and baseline | When (deadline / review) | Who (responsible) | "
        + "Type | Status | Follow-up (green/yellow/red) | Notes |";

    private static async Task<string[]> Write(Plan plan, PlanFollowUp? followUp)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "plan.md");
        await new PlanFileWriter().WriteAsync(plan, followUp, path);
        return File.ReadAllLines(path);
    }

    /// <summary>The lines of the table under <paramref name="header"/> (after its separator line).</summary>
    private static List<string> Table(string[] lines, string header)
    {
        var start = Array.IndexOf(lines, header);
        Assert.True(start >= 0, "header not found: " + header);
        Assert.StartsWith("| --- |", lines[start + 1], StringComparison.Ordinal);
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')).ToList();
    }

    /// <summary>The cells of a table line, split at the pipes that are not escaped, unescaped.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var k = 1; k < line.Length; k++)
        {
            if (line[k] == '\\' && k + 1 < line.Length) { cell.Append(line[++k]); continue; }
            if (line[k] == '|') { cells.Add(cell.ToString().Trim()); cell.Clear(); continue; }
            cell.Append(line[k]);
        }
        return cells;
    }

    [Fact]
    public async Task TheSwedishPlanHasTheTemplateOneLinePerRowAndTheFollowUp()
    {
        var plan = PlanSamples.Swedish();
        var lines = await Write(plan, PlanSamples.FollowUp(plan));

        Assert.Equal("# Åtgärdsplan för Exempelkommun 2027", lines[0]);
        Assert.Contains("- **Studieområde:** 9999", lines);
        Assert.Contains("- **Körning:** 42", lines);
        Assert.Contains("- **Upprättad:** 2026-11-26 18:30 UTC av analytiker", lines);
        Assert.Contains("- **Uppföljningsdatum:** 2027-11-30", lines);
        Assert.Contains("- **Språk:** svenska", lines);
        Assert.Contains(lines, l => l.StartsWith("> Orsakerna är hypoteser", StringComparison.Ordinal));
        Assert.DoesNotContain(EnglishHeader, lines);

        var table = Table(lines, SwedishHeader);
        Assert.Equal(plan.Rows.Count, table.Count);
        var headerCells = Cells(SwedishHeader).Count;
        for (var k = 0; k < table.Count; k++)
        {
            var cells = Cells(table[k]);
            Assert.Equal(headerCells, cells.Count);
            Assert.Equal((k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), cells[0]);
        }
        var first = Cells(table[0]);
        Assert.Equal("Ansvarsfull alkoholservering (krögare | polis)", first[3]);          // the pipe escaped, read back
        Assert.Equal(PlanSamples.FormulaNote, first[11]);
        Assert.Contains("utgångsvärde 4,25 (2025-01-01 – 2025-12-31), mål -20 %", first[5], StringComparison.Ordinal); // decimal comma
        Assert.Equal("klart senast 2027-03-31 / uppföljning 2027-11-30", first[6]);
        Assert.Equal("Åsa Öberg, tillståndsenheten (krogare, polis, kommun)", first[7]);
        Assert.Equal("situationell, ordinarie verksamhet, kort sikt", first[8]);
        Assert.Equal("antagen", first[9]);
        Assert.Equal("grön", first[10]);
        var second = Cells(table[1]);
        Assert.Equal("+46 fältgruppen ringer<br>efter mötet", second[11]);                 // CR LF as one break, on one line
        Assert.Equal("klart senast ej angivet / uppföljning 2027-11-30", second[6]);
        Assert.Contains("87,5 %", second[5], StringComparison.Ordinal);                      // a share as a percentage

        var followUp = Table(lines, "| Nr | Åtgärd | Indikator | Utgångsvärde | Nu | Kvot (95 % KI) | p | Förändring | Föreslagen status | Förklaring |");
        Assert.Equal(3, followUp.Count);
        var f1 = Cells(followUp[0]);
        Assert.Equal(["1", "Ansvarsfull alkoholservering (krögare | polis)", "Antal våldshändelser i hotspoten under fre–lör 22–04, per månad",
            "4,25", "2,5", "0,59 (0,41–0,83)", "0,002", "signifikant minskning", "grön", "Signifikant minskning: målet -20 % är nått."], f1);
        Assert.Equal("–", Cells(followUp[1])[5]);
        Assert.Contains("## Uppföljning mot körning 51 (2026-01-01 – 2026-12-31)", lines);

        // The detail list: one section per row with the match reason, actors and the indicator's definition.
        Assert.Contains("### 1. Ansvarsfull alkoholservering (krögare | polis)", lines);
        Assert.Contains("- **Skäl till matchningen:** Serveringsställe inom 150 m<br>och natt/helg (matchningspoäng 0,85)", lines);
        Assert.Contains("- **Aktörer:** krogare, polis, kommun", lines);
        Assert.Contains(lines, l => l.StartsWith("- **Indikatorns definition:** `incidents_in_window`", StringComparison.Ordinal)
            && l.Contains("hotspot H2, kategorigrupp", StringComparison.Ordinal) && l.Contains("timmar fre–lör 22–04 (62 % av händelserna)", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheEnglishPlanHasTheEnglishTemplateAndNoFollowUp()
    {
        var plan = PlanSamples.English();
        var lines = await Write(plan, null);
        Assert.Contains("- **Study area:** 9999", lines);
        Assert.Contains("- **Language:** English", lines);
        Assert.Contains(lines, l => l.StartsWith("> The causes are hypotheses", StringComparison.Ordinal));
        Assert.DoesNotContain(SwedishHeader, lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("## Follow-up", StringComparison.Ordinal));

        var table = Table(lines, EnglishHeader);
        Assert.Equal(plan.Rows.Count, table.Count);
        var first = Cells(table[0]);
        Assert.Contains("baseline 2.5 (2025-01-01 – 2025-12-31), goal -25%", first[5], StringComparison.Ordinal);
        Assert.Equal("deadline 2027-02-28 / review 2027-11-30", first[6]);
        Assert.Equal("situational, ordinary work, long term", first[8]);
        Assert.Equal("proposed", first[9]);
        Assert.Equal("", first[10]);
        Assert.Equal("", first[11]);
        var second = Cells(table[1]);
        Assert.Equal("one-off", second[8].Split(", ")[1]);
        Assert.Equal("done", second[9]);
        Assert.Equal("yellow", second[10]);
        Assert.Equal("=HYPERLINK(\"http://example.com\")", second[11]);
        Assert.Contains("31%", second[5], StringComparison.Ordinal);
    }

    [Fact]
    public void TextCannotOpenHtmlOrBreakTheLine()
    {
        Assert.Equal("a \\| b<br>c &lt;script&gt; d\\\\e", PlanMarkdownWriter.Cell("a | b\nc <script> d\\e"));
        Assert.Equal("x<br><br>y", PlanMarkdownWriter.Inline("x\r\n\ny"));
    }
}
