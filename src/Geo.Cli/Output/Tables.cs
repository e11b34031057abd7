using Spectre.Console;
using Spectre.Console.Rendering;

namespace Geo.Cli.Output;

/// <summary>
/// Console tables through Spectre.Console: columns sized to their longest cell (Swedish labels included), numbers right
/// aligned, a simple border that reads well in a terminal and in a log. On a pipe the width is not limited to 80.
/// </summary>
internal static class Tables
{
    private static readonly Lazy<IAnsiConsole> Console = new(() =>
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Out),
            Ansi = System.Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = System.Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (System.Console.IsOutputRedirected) console.Profile.Width = 240;
        return console;
    });

    /// <summary>A table with these columns; a column named with a leading '>' is right-aligned (numbers).</summary>
    public static Table Create(params string[] columns)
    {
        var table = new Table { Border = TableBorder.Simple, ShowHeaders = true };
        foreach (var c in columns)
        {
            var right = c.StartsWith('>');
            var column = new TableColumn(Markup.Escape(right ? c[1..] : c)) { NoWrap = right };
            if (right) column.RightAligned();
            table.AddColumn(column);
        }
        return table;
    }

    /// <summary>Adds a row of plain text (no markup is interpreted).</summary>
    public static Table Row(this Table table, params string?[] cells)
    {
        table.AddRow(cells.Select(c => (IRenderable)new Text(c ?? "")).ToArray());
        return table;
    }

    /// <summary>Writes a heading line and the table to stdout.</summary>
    public static void Write(string heading, Table table)
    {
        System.Console.WriteLine(heading);
        Console.Value.Write(table);
    }
}
