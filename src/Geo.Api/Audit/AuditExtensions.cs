namespace Geo.Api.Audit;

/// <summary>
/// What a handler tells the audit log about its response: <c>context.Audit("areas of run 12", rows)</c>. The audit
/// middleware writes one entry per request after the response (who, role, method, path, what, rows, status); a request
/// that returns data without calling this is still logged, with no description and no row count.
/// </summary>
public static class AuditExtensions
{
    internal const string ItemKey = "geo.audit";

    /// <summary>Describes the data the response returns: what it is and how many rows (or tiles) it holds.</summary>
    public static void Audit(this HttpContext context, string what, long rows) => context.Items[ItemKey] = new AuditNote(what, rows);

    /// <summary>The note a handler left, or null.</summary>
    public static AuditNote? AuditNoteOf(this HttpContext context) => context.Items.TryGetValue(ItemKey, out var n) ? n as AuditNote : null;
}

/// <summary>A handler's description of its response for the audit log.</summary>
public sealed record AuditNote(string What, long Rows);
