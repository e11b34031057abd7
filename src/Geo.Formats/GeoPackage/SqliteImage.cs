using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Geo.Formats.GeoPackage;

/// <summary>
/// An SQLite database file held in native memory and attached read-only to an in-memory connection with
/// <c>sqlite3_deserialize</c>: how a gzip-compressed GeoPackage is read without writing it to disk.
/// </summary>
internal sealed unsafe class SqliteImage : IDisposable
{
    /// <summary>Largest database held in memory.</summary>
    public const long MaxBytes = 1L << 30;

    private byte* _data;
    private readonly long _length;

    private SqliteImage(byte* data, long length)
    {
        _data = data;
        _length = length;
    }

    /// <summary>True when the image starts with the SQLite header.</summary>
    public bool HasSqliteHeader => _length >= 16 && new ReadOnlySpan<byte>(_data, 16).SequenceEqual("SQLite format 3\0"u8);

    /// <summary>Reads a whole stream into native memory, refusing more than <see cref="MaxBytes"/>.</summary>
    public static SqliteImage Read(Stream stream, string fileName)
    {
        var capacity = 1L << 20;
        var data = (byte*)NativeMemory.Alloc((nuint)capacity);
        long length = 0;
        try
        {
            while (true)
            {
                if (length == capacity)
                {
                    if (capacity >= MaxBytes)
                        throw new InputFormatException(fileName, 0, $"the GeoPackage inflates to more than {MaxBytes >> 20:N0} MiB; decompress it yourself and import the .gpkg.");
                    capacity = Math.Min(capacity * 2, MaxBytes);
                    data = (byte*)NativeMemory.Realloc(data, (nuint)capacity);
                }
                var n = stream.Read(new Span<byte>(data + length, (int)Math.Min(capacity - length, int.MaxValue)));
                if (n == 0) break;
                length += n;
            }
            return new SqliteImage(data, length);
        }
        catch
        {
            NativeMemory.Free(data);
            throw;
        }
    }

    /// <summary>Makes the image the open connection's main database, read-only.</summary>
    public void Attach(SqliteConnection connection, string fileName)
    {
        var rc = SQLitePCL.raw.sqlite3_deserialize(connection.Handle, "main", (IntPtr)_data, _length, _length, SQLitePCL.raw.SQLITE_DESERIALIZE_READONLY);
        if (rc != SQLitePCL.raw.SQLITE_OK) throw new InputFormatException(fileName, 0, $"the inflated GeoPackage cannot be opened (SQLite error {rc}).");
    }

    public void Dispose()
    {
        if (_data is null) return;
        NativeMemory.Free(_data);
        _data = null;
    }
}
