using Geo.Import.Pipeline;
using Spectre.Console;

namespace Geo.Cli.Output;

/// <summary>
/// Runs an import with a progress bar on an interactive terminal, without one otherwise; messages the import sends (such as
/// waiting for another import) are printed to stderr either way.
/// </summary>
public static class ImportProgressBar
{
    public static async Task<T> RunAsync<T>(string label, bool show, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (!show) return await work(new MessagesOnly());
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
                var progress = new Progress<ImportProgress>(p =>
                {
                    if (p.Message is { } message) console.MarkupLine(Markup.Escape(message));
                    task.Description = Markup.Escape($"{label}: {p.Stage} {p.Rows:N0} rows");
                    if (p.TotalBytes > 0) task.Value = Math.Min(1.0, (double)p.BytesRead / p.TotalBytes);
                    else task.IsIndeterminate = true;
                });
                var result = await work(progress);
                task.Value = 1.0;
                return result;
            });
    }

    /// <summary>Prints the messages at once, on the import's thread, and nothing else.</summary>
    private sealed class MessagesOnly : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Message is { } message) Terminal.Log(message);
        }
    }
}
