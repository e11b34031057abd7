namespace Geo.Storage;

/// <summary>One schema migration and whether it has been applied to the database.</summary>
/// <param name="Name">Migration name, e.g. "0001_initial".</param>
/// <param name="Applied">True when recorded in schema_migration.</param>
/// <param name="AppliedAt">When it was applied, if applied.</param>
public sealed record MigrationInfo(string Name, bool Applied, DateTimeOffset? AppliedAt);
