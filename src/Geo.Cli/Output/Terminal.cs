namespace Geo.Cli.Output;

/// <summary>Where human output goes: notices and logs to stderr, so stdout stays clean for --json and pipes.</summary>
public static class Terminal
{
    public static bool Interactive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

    public static void Notice(string message) => Console.Error.WriteLine("  " + message);

    public static void Log(string message) => Console.Error.WriteLine(message);
}
