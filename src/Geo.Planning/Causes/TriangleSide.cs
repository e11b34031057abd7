namespace Geo.Planning.Causes;

/// <summary>
/// The sides of the crime triangle of problem-oriented policing (the problem analysis triangle Brå uses): the place, the
/// offender and the target/victim, each with its controller (place manager, handler, guardian).
/// </summary>
public static class TriangleSide
{
    public const string Place = "place";
    public const string Offender = "offender";
    public const string Target = "target";
    public const string PlaceManager = "place_manager";
    public const string Handler = "handler";
    public const string Guardian = "guardian";

    /// <summary>The sides in the order reports list them.</summary>
    public static readonly IReadOnlyList<string> All = [Place, Offender, Target, PlaceManager, Handler, Guardian];
}
