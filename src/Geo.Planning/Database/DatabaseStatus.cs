using Geo.Storage;
using Geo.Storage.Local;

namespace Geo.Planning.Database;

/// <summary>Where the database is, whether it runs, and which migrations are applied.</summary>
/// <param name="Home">The Geo home folder.</param>
/// <param name="Managed">True for Geo's own local cluster (no database URL configured).</param>
/// <param name="Connection">"managed local cluster", or the configured connection with any password masked.</param>
/// <param name="Local">The managed cluster's state, or null for another server.</param>
/// <param name="Migrations">Every known migration and whether it is applied (empty when the server cannot be reached).</param>
/// <param name="Error">Why the server could not be queried, or null.</param>
public sealed record DatabaseStatus(string Home, bool Managed, string Connection, LocalClusterStatus? Local, IReadOnlyList<MigrationInfo> Migrations, string? Error);
