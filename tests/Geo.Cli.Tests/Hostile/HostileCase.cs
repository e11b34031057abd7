namespace Geo.Cli.Tests.Hostile;

/// <summary>
/// One hostile input and what Geo must do with it.
/// <list type="bullet">
/// <item><see cref="HostileOutcome.Refused"/>: exit 2 (usage or format error) or 1, the database unchanged, stderr naming
/// the file (and <see cref="Mentions"/>).</item>
/// <item><see cref="HostileOutcome.TooManyRejects"/>: exit 3, the database unchanged, the reject report holding
/// <see cref="Row"/>/<see cref="Field"/> and <see cref="Mentions"/>.</item>
/// <item><see cref="HostileOutcome.Loaded"/>: exit 0, exactly <see cref="Loaded"/> rows loaded, and when
/// <see cref="Row"/> is set the reject report names that row and <see cref="Field"/> with a reason holding <see cref="Mentions"/>.</item>
/// </list>
/// </summary>
/// <param name="Name">The case's name (its file name stem).</param>
/// <param name="Kind">incidents, resources or areas.</param>
/// <param name="File">The input path (written by the corpus).</param>
/// <param name="Args">Extra command-line arguments.</param>
/// <param name="Outcome">What must happen.</param>
/// <param name="Mentions">Text the message (stderr) or the report's reason must hold, case-insensitively.</param>
/// <param name="Row">The row the report (or the message) must name, if any.</param>
/// <param name="Field">The field the report must name, if any.</param>
/// <param name="Loaded">Rows that must be loaded (Loaded outcome).</param>
public sealed record HostileCase(
    string Name,
    string Kind,
    string File,
    string[] Args,
    HostileOutcome Outcome,
    string[] Mentions,
    long? Row = null,
    string? Field = null,
    long Loaded = 0)
{
    public override string ToString() => Name;
}
