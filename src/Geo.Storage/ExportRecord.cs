using NetTopologySuite.Geometries;

namespace Geo.Storage;

/// <summary>One row of an export query (<see cref="ExportQueries"/>): its values by column name (DBNull read as null).</summary>
public sealed class ExportRecord(IReadOnlyDictionary<string, int> ordinals, object?[] values)
{
    /// <summary>The column names of the query, in order.</summary>
    public IEnumerable<string> Names => ordinals.Keys;

    /// <summary>The raw value of <paramref name="column"/> (null for SQL NULL).</summary>
    public object? this[string column] => values[ordinals.TryGetValue(column, out var i) ? i
        : throw new KeyNotFoundException($"the export query has no column '{column}'.")];

    /// <summary>The value of <paramref name="column"/> as <typeparamref name="T"/>, or default when NULL.</summary>
    public T? Get<T>(string column) => this[column] is { } v ? (T)v : default;

    /// <summary>A text column (null for NULL).</summary>
    public string? Text(string column) => this[column] as string;

    /// <summary>An integer column (null for NULL).</summary>
    public int? Int(string column) => this[column] switch { null => null, int i => i, long l => checked((int)l), short s => s, var v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A long column (null for NULL).</summary>
    public long? Long(string column) => this[column] switch { null => null, long l => l, int i => i, short s => s, var v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A double column (null for NULL).</summary>
    public double? Double(string column) => this[column] switch { null => null, double d => d, float f => f, decimal m => (double)m, int i => i, long l => l, var v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>A date column (null for NULL).</summary>
    public DateOnly? Date(string column) => this[column] switch { null => null, DateOnly d => d, DateTime t => DateOnly.FromDateTime(t), var v => throw new InvalidCastException($"'{column}' is {v.GetType().Name}, not a date.") };

    /// <summary>A geometry column (null for NULL).</summary>
    public Geometry? Geometry(string column) => this[column] as Geometry;
}
