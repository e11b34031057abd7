namespace Geo.Storage.Model;

/// <summary>
/// A row of <c>audit_log</c> (migration 0007): one request of the HTTP service or one export: who (key id and name),
/// which role, what (method, path, description), when, how many rows or tiles, and the response status.
/// </summary>
public sealed class AuditLogEntity
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public long? KeyId { get; set; }
    public string? KeyName { get; set; }
    public string? Role { get; set; }
    public required string Method { get; set; }
    public required string Path { get; set; }
    public string? What { get; set; }
    public long? Rows { get; set; }
    public int Status { get; set; }
}
