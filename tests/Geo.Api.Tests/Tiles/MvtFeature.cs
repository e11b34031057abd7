namespace Geo.Api.Tests.Tiles;

/// <summary>A decoded vector tile feature: id, geometry type (1 point, 2 line, 3 polygon), properties and the raw geometry commands.</summary>
public sealed record MvtFeature(ulong? Id, int GeometryType, IReadOnlyDictionary<string, object> Properties, IReadOnlyList<uint> Geometry)
{
    /// <summary>The property as a double (integers widened), or null when absent.</summary>
    public double? Number(string name) => Properties.TryGetValue(name, out var v) ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The property as text, or null when absent.</summary>
    public string? Text(string name) => Properties.TryGetValue(name, out var v) ? v as string : null;

    /// <summary>The first vertex in tile coordinates (the first MoveTo of the geometry).</summary>
    public (int X, int Y) FirstVertex()
    {
        if (Geometry.Count < 3 || (Geometry[0] & 7) != 1) throw new InvalidDataException("The geometry does not start with a MoveTo.");
        return (Zigzag(Geometry[1]), Zigzag(Geometry[2]));
    }

    private static int Zigzag(uint v) => (int)(v >> 1) ^ -(int)(v & 1);
}
