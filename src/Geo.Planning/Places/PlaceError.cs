namespace Geo.Planning.Places;

/// <summary>Why a place query has no answer: <see cref="Kind"/> is <see cref="NotFound"/>, <see cref="BadRequest"/> or <see cref="Forbidden"/>, with a message a user can act on.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Detail">What was wrong and what to do.</param>
public sealed record PlaceError(string Kind, string Detail)
{
    public const string NotFound = "not_found";
    public const string BadRequest = "bad_request";
    public const string Forbidden = "forbidden";
}
