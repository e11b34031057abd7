using System.Security.Cryptography;
using System.Text;

namespace Geo.Storage.Local;

/// <summary>
/// Where the files of a local cluster live. Normally everything is under the cluster root:
/// <c>root/data</c>, <c>root/run</c> (socket) and <c>root/postgres.log</c>.
/// <para>
/// Two exceptions. (1) A Unix socket path is limited to ~107 bytes: when <c>run/.s.PGSQL.5432</c>
/// would exceed 100 characters the socket goes to <c>/tmp/geo-&lt;hash&gt;</c> (hash of the root path, so
/// unique per cluster). (2) As root the server runs as the <c>postgres</c> user, which must be able to
/// enter every parent folder. When some existing parent lacks the "others may enter" bit (e.g. a repo
/// under <c>/root</c>, mode 700), the data directory and log go to <c>/var/tmp/geo-&lt;hash&gt;</c> (kept
/// across reboots, unlike /tmp) and <c>root/data</c> becomes a symbolic link to it, so the cluster is
/// still found from its root; the socket then goes to <c>/tmp/geo-&lt;hash&gt;</c>. We relocate rather than
/// loosen the permissions of the user's folders.
/// </para>
/// </summary>
internal sealed class ClusterLayout
{
    public const int MaxSocketPathLength = 100;
    public const int DefaultPort = 5432;

    public ClusterLayout(string root, bool serverIsOtherUser)
    {
        Root = Path.GetFullPath(root);
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Root)))[..12];
        var link = Path.Combine(Root, "data");
        var relocated = Path.Combine("/var/tmp", "geo-" + Hash);
        var linkInfo = new FileInfo(link);
        if (linkInfo.Exists || Directory.Exists(link))
        {
            var target = new DirectoryInfo(link).LinkTarget;
            if (target is not null)
            {
                DataDirectory = Path.GetFullPath(target, Root);
                IsRelocated = true;
            }
            else DataDirectory = link;
        }
        else if (serverIsOtherUser && !Traversable(Root))
        {
            DataDirectory = Path.Combine(relocated, "data");
            IsRelocated = true;
        }
        else DataDirectory = link;

        BaseDirectory = IsRelocated ? Path.GetDirectoryName(DataDirectory)! : Root;
        LogFile = Path.Combine(BaseDirectory, "postgres.log");
        var run = Path.Combine(Root, "run");
        SocketDirectory = IsRelocated || (run + "/.s.PGSQL." + DefaultPort).Length > MaxSocketPathLength
            ? Path.Combine("/tmp", "geo-" + Hash)
            : run;
        Port = DefaultPort;
    }

    public string Root { get; }
    public string Hash { get; }
    public bool IsRelocated { get; }
    /// <summary>Folder holding the data directory and log: the root, or /var/tmp/geo-hash when relocated.</summary>
    public string BaseDirectory { get; }
    public string DataDirectory { get; }
    public string DataLink => Path.Combine(Root, "data");
    public string LogFile { get; }
    public string SocketDirectory { get; }
    public int Port { get; }

    /// <summary>True when every existing folder from / down to <paramref name="path"/> may be entered by others.</summary>
    private static bool Traversable(string path)
    {
        for (var d = new DirectoryInfo(path); d is not null; d = d.Parent)
        {
            if (!d.Exists) continue; // created later by us with mode 755
            if ((d.UnixFileMode & UnixFileMode.OtherExecute) == 0) return false;
        }
        return true;
    }
}
