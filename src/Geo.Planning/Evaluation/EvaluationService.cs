using System.Globalization;
using Geo.Analysis.Evaluation;
using Geo.Core.Taxonomy;
using Geo.Formats.Boundaries;
using Geo.Planning.Runs;
using Geo.Planning.StudyAreas;
using Geo.Storage;
using NetTopologySuite.Geometries;

namespace Geo.Planning.Evaluation;

/// <summary>
/// <c>geo evaluate</c>: the evaluation of a measure at a place, before against after, with a control area and
/// displacement buffers (see docs/evaluation.md). The regions: the treated place R; its displacement buffer D, everything
/// within the buffer width of R; the control C (given, without anything within the width of R; by default the study area
/// farther than two widths from R); the control's buffer DC, everything within the width of C outside C and outside R and
/// D (by default the ring between one and two widths from R). Counts come from PostGIS with exact distances
/// (<see cref="EvaluationQueries.CountsAsync"/>); the statistics are <see cref="WeightedDisplacementDifference"/> and
/// <see cref="WeightedDisplacementQuotient"/>.
/// </summary>
public sealed class EvaluationService(StudyAreaService studyAreas, EvaluationQueries queries, RunStore runs)
{
    /// <summary>Periods whose lengths differ by more than this share get a warning (the WDD assumes equal exposure).</summary>
    public const double LengthTolerance = 0.01;

    /// <exception cref="ArgumentException">
    /// Unknown study area, run, hotspot or area; an unreadable place file; overlapping or reversed periods; a control that
    /// overlaps the treated place; an empty region; an unknown category (the message says what to do).
    /// </exception>
    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Treated);
        var notices = new List<RunNotice>();
        var sa = await studyAreas.GetAsync(request.StudyAreaCode, ct).ConfigureAwait(false);
        var width = request.BufferMetres ?? EvaluationRequest.DefaultBufferMetres;
        if (!(width > 0) || double.IsInfinity(width))
            throw new ArgumentException($"--buffer must be a width in metres above 0, not {width.ToString(CultureInfo.InvariantCulture)}.");
        var w = width.ToString("0.##", CultureInfo.InvariantCulture);
        notices.Add(request.BufferMetres is null
            ? new RunNotice("buffer", $"buffertzon: {w} m runt det behandlade området (standard; --buffer ändrar)", $"buffer zone: {w} m around the treated place (default; --buffer changes it)")
            : new RunNotice("buffer", $"buffertzon: {w} m runt det behandlade området", $"buffer zone: {w} m around the treated place"));
        Periods(request.Before, request.After, notices);
        var categories = Categories(request.Categories, notices);

        var treated = await PlaceAsync(request.Treated, sa.Code, sa.Srid, "--place", ct).ConfigureAwait(false);
        if (treated.Geometry.Area <= 0) throw new ArgumentException($"the treated place ({treated.En}) has no area: give a polygon.");
        if (!sa.Boundary.Intersects(treated.Geometry))
            throw new ArgumentException($"the treated place ({treated.En}) lies outside study area {sa.Code}: check the place or its CRS.");
        if (!sa.Boundary.Covers(treated.Geometry))
            notices.Add(new RunNotice("treated_outside", "varning: en del av det behandlade området ligger utanför studieområdet; där finns inga händelser inlästa",
                "warning: part of the treated place lies outside the study area, where no incidents are loaded"));

        var near = treated.Geometry.Buffer(width).Union(treated.Geometry);
        var buffer = near.Difference(treated.Geometry);
        Geometry control, controlBuffer;
        Place? controlPlace = null;
        string controlSv, controlEn;
        if (request.Control is null)
        {
            var far = treated.Geometry.Buffer(2 * width);
            control = sa.Boundary.Difference(far);
            controlBuffer = far.Difference(near).Intersection(sa.Boundary);
            var w2 = (2 * width).ToString("0.##", CultureInfo.InvariantCulture);
            controlSv = $"resten av studieområdet, längre än {w2} m från det behandlade området (dess buffertzon: ringen {w}–{w2} m)";
            controlEn = $"the rest of the study area, farther than {w2} m from the treated place (its buffer zone: the ring {w}–{w2} m)";
            notices.Add(new RunNotice("control", $"kontrollområde: {controlSv} (standard; --control-area eller --control ändrar)",
                $"control area: {controlEn} (default; --control-area or --control changes it)"));
            if (control.Area <= 0)
                throw new ArgumentException($"the treated place and its buffers cover the whole study area {sa.Code}: give a control area with --control-area CODE or --control FILE.");
        }
        else
        {
            controlPlace = await PlaceAsync(request.Control, sa.Code, sa.Srid, "--control", ct).ConfigureAwait(false);
            var given = controlPlace.Geometry;
            if (given.Area <= 0) throw new ArgumentException($"the control ({controlPlace.En}) has no area: give a polygon.");
            if (!sa.Boundary.Intersects(given))
                throw new ArgumentException($"the control ({controlPlace.En}) lies outside study area {sa.Code}: check the place or its CRS.");
            var overlap = given.Intersection(treated.Geometry).Area;
            if (overlap > 0)
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"the control ({controlPlace.En}) overlaps the treated place ({treated.En}) by {overlap / 1e6:0.###} km²: choose a control area that does not contain the treated place."));
            control = given.Difference(near);
            if (control.Area <= 0)
                throw new ArgumentException($"the control ({controlPlace.En}) lies entirely within {w} m of the treated place, in its buffer zone: choose a control farther away.");
            if (control.Area < given.Area)
                notices.Add(new RunNotice("control_trimmed",
                    $"den del av kontrollområdet som ligger inom {w} m från det behandlade området ({Km2(given.Area - control.Area, true)}) räknas till buffertzonen, inte till kontrollområdet",
                    $"the part of the control within {w} m of the treated place ({Km2(given.Area - control.Area, false)}) counts as buffer zone, not as control"));
            var ring = given.Buffer(width).Difference(given);
            controlBuffer = ring.Difference(near);
            controlSv = controlPlace.Sv;
            controlEn = controlPlace.En;
            notices.Add(new RunNotice("control", $"kontrollområde: {controlSv}; dess buffertzon: {w} m runt det", $"control area: {controlEn}; its buffer zone: {w} m around it"));
        }
        if (controlBuffer.Area <= 0)
            throw new ArgumentException($"the control's buffer zone is empty (nothing within {w} m of the control outside the treated place and its buffer): choose another control area.");

        var counts = await queries.CountsAsync(new EvaluationRegionsQuery(sa.Code, treated.Geometry, width, controlPlace?.Geometry,
            request.Before.From, request.Before.To, request.After.From, request.After.To, categories), ct).ConfigureAwait(false);
        if (counts.AreaCentroid > 0)
            notices.Add(new RunNotice("area_centroid",
                $"{counts.AreaCentroid:N0} händelser i områdena och perioderna har bara ett områdes mittpunkt som plats och räknas inte",
                $"{counts.AreaCentroid:N0} incidents in the regions and periods have only an area's centroid as location and are not counted"));

        var t = new BeforeAfter(counts.TreatedBefore, counts.TreatedAfter);
        var d = new BeforeAfter(counts.TreatedBufferBefore, counts.TreatedBufferAfter);
        var c = new BeforeAfter(counts.ControlBefore, counts.ControlAfter);
        var dc = new BeforeAfter(counts.ControlBufferBefore, counts.ControlBufferAfter);
        var wdd = WeightedDisplacementDifference.Test(t, c, d, dc);
        var wdq = WeightedDisplacementQuotient.Compute(t, d, c);
        var interpretation = DisplacementInterpretation.Classify(wdq, wdd);
        if (counts.TreatedBefore + counts.TreatedAfter < 10)
            notices.Add(new RunNotice("small_counts",
                $"varning: bara {counts.TreatedBefore + counts.TreatedAfter} händelser i det behandlade området under de två perioderna; testet har liten styrka",
                $"warning: only {counts.TreatedBefore + counts.TreatedAfter} incidents in the treated place in the two periods; the test has little power"));

        EvaluationRegion[] regions =
        [
            new("treated", "behandlat område", "treated place", treated.Geometry.Area / 1e6, counts.TreatedBefore, counts.TreatedAfter),
            new("treated_buffer", "dess buffertzon", "its buffer zone", buffer.Area / 1e6, counts.TreatedBufferBefore, counts.TreatedBufferAfter),
            new("control", "kontrollområde", "control area", control.Area / 1e6, counts.ControlBefore, counts.ControlAfter),
            new("control_buffer", "kontrollområdets buffertzon", "the control's buffer zone", controlBuffer.Area / 1e6, counts.ControlBufferBefore, counts.ControlBufferAfter),
        ];
        return new EvaluationResult(sa.Code, treated.Sv, treated.En, controlSv, controlEn, width, request.Before, request.After, categories, regions,
            wdd, wdq, interpretation, EvaluationText.Interpretation(wdd, wdq, interpretation, "sv"), EvaluationText.Interpretation(wdd, wdq, interpretation, "en"),
            notices, treated.Geometry, control);
    }

    /// <summary>A resolved place: its polygon in the study area's SRID and its description.</summary>
    private sealed record Place(Geometry Geometry, string Sv, string En);

    private async Task<Place> PlaceAsync(EvaluationPlace place, string studyAreaCode, int srid, string fileOption, CancellationToken ct)
    {
        switch (place.Kind)
        {
            case EvaluationPlaceKind.Hotspot:
            {
                var (runId, hotspotId) = EvaluationPlace.ParseHotspot(place.Value);
                var run = await runs.GetAsync(runId, ct).ConfigureAwait(false)
                          ?? throw new ArgumentException($"run {runId} does not exist: geo runs list shows the stored runs.");
                if (run.StudyAreaCode != studyAreaCode)
                    throw new ArgumentException($"run {runId} is of study area {run.StudyAreaCode}, not {studyAreaCode}: use a run of study area {studyAreaCode} or --study-area {run.StudyAreaCode}.");
                var h = await queries.HotspotAsync(runId, hotspotId, ct).ConfigureAwait(false)
                        ?? throw new ArgumentException($"run {runId} has no hotspot {hotspotId}: geo runs show {runId} lists its hotspots.");
                return new Place(h.Geometry, $"hot spot {hotspotId} i körning {runId}", $"hotspot {hotspotId} of run {runId}");
            }
            case EvaluationPlaceKind.Area:
            {
                var value = place.Value;
                var colon = value.IndexOf(':', StringComparison.Ordinal);
                var set = colon > 0 ? value[..colon] : null;
                var code = colon > 0 ? value[(colon + 1)..] : value;
                var areas = await queries.AreasAsync(studyAreaCode, code, set, ct).ConfigureAwait(false);
                if (areas.Count == 0)
                    throw new ArgumentException($"study area {studyAreaCode} has no area with code '{code}'{(set is null ? "" : $" in area set {set}")}: geo summary --study-area {studyAreaCode} lists the area sets; the codes are those of the imported area files.");
                if (areas.Count > 1)
                    throw new ArgumentException($"the code '{code}' exists in the area sets {string.Join(", ", areas.Select(a => a.AreaSet))}: write SET:CODE, e.g. {areas[0].AreaSet}:{code}.");
                var a = areas[0];
                var name = a.Name is null ? "" : $" {a.Name}";
                return new Place(a.Geometry, $"område {a.Code}{name} ({a.AreaSet})", $"area {a.Code}{name} ({a.AreaSet})");
            }
            default:
            {
                BoundaryResult read;
                try
                {
                    read = BoundaryReader.Read(place.Value, new BoundaryOptions(TargetSrid: srid));
                }
                catch (InvalidDataException e)
                {
                    throw new ArgumentException($"{fileOption} {place.Value}: {e.Message}", e);
                }
                var file = Path.GetFileName(place.Value);
                var n = read.Features;
                return new Place(read.Boundary, $"polygonen i {file} ({n} {(n == 1 ? "objekt" : "objekt sammanslagna")}, {Km2(read.Boundary.Area, true)})",
                    $"the polygon of {file} ({n} feature{(n == 1 ? "" : "s unioned")}, {Km2(read.Boundary.Area, false)})");
            }
        }
    }

    private static void Periods(RunPeriod before, RunPeriod after, List<RunNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.To < before.From || after.To < after.From)
            throw new ArgumentException("a period ends before it begins: write FROM..TO with FROM first.");
        if (before.From <= after.To && after.From <= before.To)
            throw new ArgumentException($"the periods overlap (before {before}, after {after}): an incident would count in both; let --after begin after --before ends.");
        if (after.To < before.From)
            throw new ArgumentException($"the period after ({after}) lies before the period before ({before}): swap --before and --after.");
        notices.Add(new RunNotice("periods", $"perioder: före {before} ({before.Days} dagar), efter {after} ({after.Days} dagar)",
            $"periods: before {before} ({before.Days} days), after {after} ({after.Days} days)"));
        var ratio = (double)after.Days / before.Days;
        if (Math.Abs(ratio - 1) > LengthTolerance)
            notices.Add(new RunNotice("period_length",
                $"varning: perioderna är olika långa ({before.Days} och {after.Days} dagar); WDD förutsätter lika lång exponering, så skillnaden i längd syns som en förändring — välj lika långa perioder",
                $"warning: the periods differ in length ({before.Days} and {after.Days} days); the WDD assumes equal exposure, so the difference in length shows as a change — choose periods of equal length"));
    }

    /// <summary>Expands main groups to their categories; null means every category.</summary>
    private static List<string>? Categories(IReadOnlyList<string>? asked, List<RunNotice> notices)
    {
        if (asked is null || asked.Count == 0)
        {
            notices.Add(new RunNotice("categories", "kategorier: alla (standard; --categories ändrar)", "categories: all (default; --categories changes it)"));
            return null;
        }
        var codes = CategorySelection.Expand(asked);
        notices.Add(new RunNotice("categories", $"kategorier: {string.Join(", ", asked)} ({codes.Count} koder)", $"categories: {string.Join(", ", asked)} ({codes.Count} codes)"));
        return codes;
    }

    private static string Km2(double m2, bool swedish) =>
        (m2 / 1e6).ToString("0.###", swedish ? CultureInfo.GetCultureInfo("sv-SE") : CultureInfo.InvariantCulture) + " km²";
}
