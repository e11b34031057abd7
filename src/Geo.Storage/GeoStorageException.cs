namespace Geo.Storage;

/// <summary>A storage failure with a message meant for the user (no password, names what failed).</summary>
public sealed class GeoStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GeoStorageException(string message, Exception? inner = null) : base(message, inner) { }
}
