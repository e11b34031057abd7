namespace Geo.Storage.Local;

/// <summary>State of a managed local PostgreSQL cluster.</summary>
/// <param name="Installed">PostgreSQL 15 and PostGIS 3 binaries are present.</param>
/// <param name="Initialised">The data directory holds a cluster (initdb has run).</param>
/// <param name="Running">A server is running on the data directory.</param>
/// <param name="DataDirectory">Full path of the data directory.</param>
/// <param name="SocketDirectory">Folder of the server's Unix socket.</param>
/// <param name="Port">Port number (names the socket file; no TCP listener).</param>
/// <param name="ServerVersion">Server version when running (e.g. "15.18 (Debian 15.18-0+deb12u1)"), else null.</param>
public sealed record LocalClusterStatus(
    bool Installed,
    bool Initialised,
    bool Running,
    string DataDirectory,
    string SocketDirectory,
    int Port,
    string? ServerVersion);
