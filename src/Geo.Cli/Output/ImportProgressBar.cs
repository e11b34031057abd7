using Geo.Import.Pipeline;
using Spectre.Console;

namespace Geo.Cli.Output;

/// <summary>Runs an import with a progress bar on an interactive terminal, silently otherwise.</summary>
public static class ImportProgressBar
{
    public static async Task<T> RunAsync<T>(string label, bool show, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (!show) return await work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: 1.0);
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.Description = Markup.Escape($"{label}: {p.Stage} {p.Rows:N0} rows");
                    if (p.TotalBytes > 0) task.Value = Math.Min(1.0, (double)p.BytesRead / p.TotalBytes);
                    else task.IsIndeterminate = true;
                });
                var result = await work(progress);
                task.Value = 1.0;
                return result;
            });
    }
}
