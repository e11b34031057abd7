using System.Globalization;
using Npgsql;

namespace Geo.Storage.Local;

/// <summary>
/// A private PostgreSQL 15 + PostGIS cluster managed by Geo under one folder (normally
/// <c>&lt;GEO_HOME&gt;/pg</c>). It listens on a Unix socket only (no TCP), in a folder of mode 0700
/// owned by the server user, with trust authentication: only that user (and root) can connect.
/// As root the server runs as the <c>postgres</c> OS user (initdb and pg_ctl refuse root); otherwise
/// as the current user. See <see cref="ClusterLayout"/> for where the files go.
/// </summary>
public sealed class LocalCluster
{
    /// <summary>Debian packages the cluster needs.</summary>
    public static readonly IReadOnlyList<string> RequiredPackages = ["postgresql-15", "postgresql-15-postgis-3"];

    /// <summary>Environment variable that overrides the PostgreSQL binary folder (default /usr/lib/postgresql/15/bin).</summary>
    public const string BinDirectoryVariable = "GEO_PG_BIN";

    /// <summary>The database Geo uses inside the cluster.</summary>
    public const string DatabaseName = "geo";

    private const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";
    private const string DefaultShareDirectory = "/usr/share/postgresql/15";

    private readonly ClusterLayout _layout;
    private readonly Action<string> _log;
    private readonly bool _isRoot = Environment.IsPrivilegedProcess;
    private readonly string _binDirectory;

    /// <summary>Creates a handle on the cluster under <paramref name="root"/>; nothing is touched until a method runs.</summary>
    /// <param name="root">Cluster folder, e.g. <c>&lt;GEO_HOME&gt;/pg</c>.</param>
    /// <param name="log">Receives one line per step taken (initdb, start, create database).</param>
    public LocalCluster(string root, Action<string>? log = null)
    {
        _log = log ?? (_ => { });
        _layout = new ClusterLayout(root, _isRoot);
        _binDirectory = Environment.GetEnvironmentVariable(BinDirectoryVariable) is { Length: > 0 } b ? b : DefaultBinDirectory;
        ServerUser = _isRoot ? "postgres" : Environment.UserName;
        var csb = new NpgsqlConnectionStringBuilder
        {
            Host = _layout.SocketDirectory,
            Port = _layout.Port,
            Username = ServerUser,
            Database = DatabaseName,
        };
        ConnectionString = csb.ConnectionString;
    }

    /// <summary>Npgsql connection string of the "geo" database: socket folder, port, user; no password.</summary>
    public string ConnectionString { get; }

    /// <summary>OS user the server runs as, and database superuser name.</summary>
    public string ServerUser { get; }

    /// <summary>Full path of the cluster root folder.</summary>
    public string Root => _layout.Root;

    /// <summary>Full path of the data directory (may be under /var/tmp, see the class remarks).</summary>
    public string DataDirectory => _layout.DataDirectory;

    /// <summary>Full path of the server log file.</summary>
    public string LogFile => _layout.LogFile;

    /// <summary>Connection string for another database of this cluster.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// The maintenance connections of the cluster itself (database "postgres": does "geo" exist, the server version). They
    /// read nothing but built-in types, so they skip Npgsql's loading of the server's type catalogue (with PostGIS several
    /// hundred types: one query and its processing on every command that opens the database).
    /// </summary>
    /// <remarks>One pooled data source per cluster for the process, as NpgsqlConnection's own pools; cleared by <see cref="DownAsync"/>.</remarks>
    private NpgsqlDataSource MaintenanceDataSource => MaintenanceDataSources.GetOrAdd(ConnectionStringFor("postgres"), static cs =>
    {
        var builder = new NpgsqlDataSourceBuilder(cs);
        builder.ConfigureTypeLoading(t => t.EnableTypeLoading(false));
        return builder.Build();
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, NpgsqlDataSource> MaintenanceDataSources = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes the cluster ready, doing only what is missing: initdb, start, create the "geo" database. PostgreSQL 15 and
    /// PostGIS must be installed (a <see cref="GeoStorageException"/> says what to install when they are not). Safe to call when already running, and from concurrent processes.
    /// </summary>
    public async Task<LocalClusterStatus> UpAsync(CancellationToken ct = default)
    {
        CreateDirectory(_layout.Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await using var gate = await ClusterLock.AcquireAsync(Path.Combine(_layout.Root, ".lock"), ct).ConfigureAwait(false);

        if (!await IsInstalledAsync(ct).ConfigureAwait(false)) throw NotInstalled();
        await ChownAsync(_layout.Root, ct).ConfigureAwait(false);
        if (!IsInitialised()) await InitDbAsync(ct).ConfigureAwait(false);
        if (ReadPid() is null) await StartAsync(ct).ConfigureAwait(false);
        else _log($"PostgreSQL is already running on {_layout.DataDirectory}.");
        await EnsureDatabaseAsync(ct).ConfigureAwait(false);
        return await StatusAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Stops the server (pg_ctl stop -m fast) when it runs; does nothing otherwise.</summary>
    public async Task DownAsync(CancellationToken ct = default)
    {
        if (ReadPid() is null)
        {
            _log("PostgreSQL is not running.");
            return;
        }
        _log($"Stopping PostgreSQL on {_layout.DataDirectory}.");
        await ProcessRunner.RunCheckedAsync("pg_ctl stop", Bin("pg_ctl"),
            ["stop", "-D", _layout.DataDirectory, "-m", "fast", "-w", "-t", "120"], AsUser, ct: ct).ConfigureAwait(false);
        NpgsqlConnection.ClearAllPools();
        MaintenanceDataSource.Clear();
    }

    /// <summary>What is installed, initialised and running; the version when running.</summary>
    public async Task<LocalClusterStatus> StatusAsync(CancellationToken ct = default)
    {
        var installed = await IsInstalledAsync(ct).ConfigureAwait(false);
        var running = ReadPid() is not null;
        string? version = null;
        if (running)
        {
            try
            {
                await using var c = await MaintenanceDataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
                await using var cmd = new NpgsqlCommand("SHOW server_version", c);
                version = (string?)await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                version = null;
            }
        }
        return new LocalClusterStatus(installed, IsInitialised(), running, _layout.DataDirectory, _layout.SocketDirectory, _layout.Port, version);
    }

    private string? AsUser => _isRoot ? ServerUser : null;

    private string Bin(string name) => Path.Combine(_binDirectory, name);

    private bool IsInitialised() => File.Exists(Path.Combine(_layout.DataDirectory, "PG_VERSION"));

    private async Task<bool> IsInstalledAsync(CancellationToken ct)
    {
        if (!File.Exists(Bin("initdb")) || !File.Exists(Bin("pg_ctl")) || !File.Exists(Bin("postgres"))) return false;
        var share = DefaultShareDirectory;
        if (_binDirectory != DefaultBinDirectory && File.Exists(Bin("pg_config")))
        {
            var r = await ProcessRunner.RunAsync(Bin("pg_config"), ["--sharedir"], ct: ct).ConfigureAwait(false);
            if (r.ExitCode == 0) share = r.StandardOutput.Trim();
        }
        return File.Exists(Path.Combine(share, "extension", "postgis.control"));
    }

    /// <summary>
    /// The error for a machine without PostgreSQL 15 and PostGIS: Geo never installs software itself; it names what is missing
    /// and how to install it (the project's <c>scripts/install-deps.sh</c> does it on Debian).
    /// </summary>
    private GeoStorageException NotInstalled()
    {
        var packages = string.Join(' ', RequiredPackages);
        var missing = !File.Exists(Bin("initdb")) ? $"{Bin("initdb")} is missing" : "the PostGIS extension (postgis.control) is missing";
        return new GeoStorageException(
            $"PostgreSQL 15 with PostGIS is not installed ({missing}). Install the Debian packages {packages}: " +
            $"sudo apt-get install -y {packages} (or run scripts/install-deps.sh), set {BinDirectoryVariable} to another PostgreSQL 15 " +
            $"bin folder, or set {GeoSettings.DatabaseUrlVariable} to use another server.");
    }

    private async Task InitDbAsync(CancellationToken ct)
    {
        var data = _layout.DataDirectory;
        if (Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any())
            throw new InvalidOperationException($"{data} is not empty but holds no PostgreSQL cluster (PG_VERSION is missing): move it away and retry.");
        if (_layout.IsRelocated)
        {
            CreateDirectory(_layout.BaseDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            await ChownAsync(_layout.BaseDirectory, ct).ConfigureAwait(false);
            if (!Directory.Exists(_layout.DataLink) && !File.Exists(_layout.DataLink))
                Directory.CreateSymbolicLink(_layout.DataLink, data);
            _log($"The server user cannot enter {_layout.Root}: data directory placed in {data} (linked from {_layout.DataLink}).");
        }
        CreateDirectory(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await ChownAsync(data, ct).ConfigureAwait(false);

        _log($"Initialising a PostgreSQL cluster in {data}.");
        string[] Args(string locale) =>
            ["-D", data, "-U", ServerUser, "--encoding=UTF8", "--locale=" + locale, "--auth=trust", "--no-instructions"];
        var r = await ProcessRunner.RunAsync(Bin("initdb"), Args("C.UTF-8"), AsUser, ct: ct).ConfigureAwait(false);
        if (r.ExitCode != 0)
        {
            _log("initdb with locale C.UTF-8 failed; retrying with locale C.");
            foreach (var e in Directory.EnumerateFileSystemEntries(data))
            {
                if (Directory.Exists(e)) Directory.Delete(e, recursive: true);
                else File.Delete(e);
            }
            await ProcessRunner.RunCheckedAsync("initdb", Bin("initdb"), Args("C"), AsUser, ct: ct).ConfigureAwait(false);
        }
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), ServerConfig, ct).ConfigureAwait(false);
    }

    // Appended to postgresql.conf after initdb. The socket folder is given at each start (-k), so a
    // moved cluster still starts.
    private const string ServerConfig = """

        # --- Geo managed cluster ---
        listen_addresses = ''             # Unix socket only
        unix_socket_permissions = 0700
        fsync = on
        shared_buffers = 256MB
        work_mem = 64MB
        temp_buffers = 128MB
        maintenance_work_mem = 256MB
        max_wal_size = 4GB
        checkpoint_timeout = 15min
        wal_level = minimal
        max_wal_senders = 0
        log_timezone = 'UTC'
        timezone = 'UTC'

        """;

    private async Task StartAsync(CancellationToken ct)
    {
        var sock = _layout.SocketDirectory;
        CreateDirectory(sock, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(sock, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await ChownAsync(sock, ct).ConfigureAwait(false);
        if (_isRoot && !File.Exists(_layout.LogFile))
        {
            await File.WriteAllTextAsync(_layout.LogFile, "", ct).ConfigureAwait(false);
            await ChownAsync(_layout.LogFile, ct).ConfigureAwait(false);
        }
        _log($"Starting PostgreSQL (socket {sock}, log {_layout.LogFile}).");
        var options = $"-k '{sock}' -p {_layout.Port.ToString(CultureInfo.InvariantCulture)}";
        var r = await ProcessRunner.RunAsync(Bin("pg_ctl"),
            ["start", "-D", _layout.DataDirectory, "-l", _layout.LogFile, "-w", "-t", "120", "-o", options], AsUser, ct: ct).ConfigureAwait(false);
        if (r.ExitCode != 0)
            throw new InvalidOperationException($"pg_ctl start failed (exit {r.ExitCode}): {r.Output}\nLast lines of {_layout.LogFile}:\n{Tail(_layout.LogFile, 20)}");
    }

    private async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        await using var c = await MaintenanceDataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", c) { Parameters = { new() { Value = DatabaseName } } };
        if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null) return;
        _log($"Creating database \"{DatabaseName}\".");
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", c);
        try
        {
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // created concurrently by another process: fine
        }
    }

    /// <summary>PID of the running postmaster of this data directory, or null.</summary>
    private int? ReadPid()
    {
        var pidFile = Path.Combine(_layout.DataDirectory, "postmaster.pid");
        string? first;
        try
        {
            if (!File.Exists(pidFile)) return null;
            first = File.ReadLines(pidFile).FirstOrDefault();
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        if (!int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) || pid <= 0) return null;
        try
        {
            var comm = File.ReadAllText($"/proc/{pid}/comm").Trim();
            return comm is "postgres" or "postmaster" ? pid : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    private static void CreateDirectory(string path, UnixFileMode mode)
    {
        if (Directory.Exists(path)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, mode);
    }

    private async Task ChownAsync(string path, CancellationToken ct)
    {
        if (!_isRoot) return;
        await ProcessRunner.RunCheckedAsync("chown", "chown", [ServerUser + ":", path], ct: ct).ConfigureAwait(false);
    }

    private static string Tail(string file, int lines)
    {
        try
        {
            return string.Join('\n', File.ReadLines(file).TakeLast(lines));
        }
        catch (IOException) { return "(no log)"; }
        catch (UnauthorizedAccessException) { return "(log not readable)"; }
    }
}
