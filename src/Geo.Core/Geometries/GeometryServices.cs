using System.Runtime.CompilerServices;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Geo.Core.Geometries;

/// <summary>
/// The one geometry configuration of Geo, set as <see cref="NtsGeometryServices.Instance"/> before any geometry is made:
/// double-precision floating coordinates (what PostGIS stores), the OverlayNG engine for every overlay and union (never
/// the classic one), coordinate-array sequences, and factories per SRID so that every geometry carries the SRID of its CRS
/// as PostGIS does.
/// </summary>
public static class GeometryServices
{
    /// <summary>The services every factory of Geo comes from.</summary>
    public static NtsGeometryServices Instance { get; } = new(
        CoordinateArraySequenceFactory.Instance,
        new PrecisionModel(PrecisionModels.Floating),
        srid: 0,
        GeometryOverlay.NG,
        new CoordinateEqualityComparer());

    /// <summary>Makes <see cref="Instance"/> NTS's default (idempotent). Program entry points call it first.</summary>
    public static void Configure()
    {
        if (!ReferenceEquals(NtsGeometryServices.Instance, Instance)) NtsGeometryServices.Instance = Instance;
    }

    /// <summary>The factory of geometries in the CRS <paramref name="srid"/> (0: unknown).</summary>
    public static GeometryFactory Factory(int srid = 0) => Instance.CreateGeometryFactory(srid);

#pragma warning disable CA2255 // A library initialiser on purpose: every process that loads Geo.Core (the CLI, the API, tests,
                               // benchmarks) gets the one configuration before it makes a geometry, even without calling Configure.
    [ModuleInitializer]
    internal static void Initialize() => Configure();
#pragma warning restore CA2255
}
