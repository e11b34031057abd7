using Geo.Analysis.Inference;
using Geo.Core.Crs;
using Geo.Import;
using Geo.Formats;
using Geo.Import.Pipeline;
using Npgsql;

namespace Geo.Cli;

/// <summary>Maps exceptions to one clear message on stderr and an exit code.</summary>
public static class Errors
{
    public const int Failure = 1;
    public const int Usage = 2;
    public const int Rejected = 3;

    public static int Report(Exception e)
    {
        switch (e)
        {
            case OperationCanceledException:
                Console.Error.WriteLine("Cancelled: nothing was changed.");
                return 130;
            case StatisticInputException or Geo.Reporting.ReportingException:
                Console.Error.WriteLine("error: " + e.Message);
                return Failure;
            case ImportRejectedException r:
                Console.Error.WriteLine("error: " + r.Message);
                return Rejected;
            case InputFormatException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
                or UnsupportedCrsException or FormatException or ArgumentException:
                Console.Error.WriteLine("error: " + e.Message);
                return Usage;
            case NpgsqlException or PostgresException:
                Console.Error.WriteLine("database error: " + e.Message + (e.InnerException is { } inner ? " (" + inner.Message + ")" : ""));
                if (Environment.GetEnvironmentVariable("GEO_DEBUG") == "1") Console.Error.WriteLine(e);
                return Failure;
            default:
                Console.Error.WriteLine("error: " + e.Message);
                if (Environment.GetEnvironmentVariable("GEO_DEBUG") == "1") Console.Error.WriteLine(e);
                else Console.Error.WriteLine("(set GEO_DEBUG=1 for details)");
                return Failure;
        }
    }
}
