namespace Geo.Planning.Places;

/// <summary>The answer of a place query: a value, or the error that prevents it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The answer (null exactly when <paramref name="Error"/> is set).</param>
/// <param name="Error">Why there is no answer.</param>
public sealed record PlaceAnswer<T>(T? Value, PlaceError? Error) where T : class
{
    public static PlaceAnswer<T> Of(T value) => new(value, null);

    public static PlaceAnswer<T> Fail(PlaceError error) => new(null, error);

    public static implicit operator PlaceAnswer<T>(T value) => Of(value);

    public static implicit operator PlaceAnswer<T>(PlaceError error) => Fail(error);
}
