namespace Geo.Reporting;

/// <summary>
/// A report could not be written, with a message meant for the user: what failed and what to do (e.g. install Chromium
/// with scripts/install-deps.sh). The command prints the message alone, without a stack trace, and exits with 1.
/// </summary>
public sealed class ReportingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportingException(string message, Exception? inner = null) : base(message, inner) { }
}
