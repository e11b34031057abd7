using Geo.Core.Domain;
using Geo.Core.Taxonomy;
using Geo.Import.Profiles;

namespace Geo.Import;

/// <summary>Everything a reader needs to map, validate and reproject rows for one study area.</summary>
/// <param name="StudyArea">Target study area: its CRS is the output CRS; its boundary is the extent check.</param>
/// <param name="Profile">Mapping profile (built-in or from a file); null means the native format.</param>
/// <param name="SourceSrid">CRS of the file's coordinates when given by the user (--crs); overrides the profile.</param>
/// <param name="Mapping">Category mapping given by the user (--mapping); overrides the profile's mapping.</param>
/// <param name="Taxonomy">Category taxonomy (defaults to the built-in one).</param>
/// <param name="BoundaryToleranceMetres">Points up to this far outside the boundary are loaded with a warning.</param>
public sealed record ImportOptions(
    StudyArea StudyArea,
    MappingProfile? Profile = null,
    int? SourceSrid = null,
    SourceMapping? Mapping = null,
    CategoryTaxonomy? Taxonomy = null,
    double BoundaryToleranceMetres = 100)
{
    /// <summary>
    /// Rows beyond the tolerance outside the study area are skipped (<see cref="RejectAction.SkippedOutside"/>)
    /// instead of rejected: for national feeds loaded one municipality at a time.
    /// </summary>
    public bool SkipOutside { get; init; }

    /// <summary>
    /// The source name for every row (<c>--source</c>), overriding the profile and a source column. Source and
    /// source id together identify a row across re-imports, so the name must not depend on the file name.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>
    /// Extra columns to copy into the jsonb attributes (<c>--keep-attributes</c>), besides the profile's
    /// <c>attributes</c>; without either, no extra column is kept. Names that look personal are refused.
    /// </summary>
    public IReadOnlyList<string>? KeepAttributes { get; init; }

    /// <summary>
    /// Attribute columns allowed to hold free text (<c>--allow-text</c>), besides the profile's
    /// <c>freeTextAttributes</c>; they are kept as well and still screened for personal data.
    /// </summary>
    public IReadOnlyList<string>? AllowText { get; init; }

    /// <summary>Longest attribute value kept from a column not allowed to hold free text (see <see cref="AllowText"/>).</summary>
    public const int FreeTextMaxLength = 200;

    /// <summary>Source name used when neither --source, a profile nor a source column gives one.</summary>
    public const string DefaultSource = "native";

    /// <summary>The earliest date accepted by default: older dates are implausible for incidents (typos such as 0024 or 1024).</summary>
    public static readonly DateOnly DefaultEarliestDate = new(1900, 1, 1);

    /// <summary>How many days after now an occurrence may lie by default (time zones and clocks that run ahead).</summary>
    public const double DefaultMaxDaysAhead = 1;

    /// <summary>
    /// Incidents dated before this day (as written in the file) are rejected (<c>--earliest-date</c>). Whatever the
    /// setting, 0001-01-01T00:00Z and 9999-12-31T23:59:59.9999999Z (.NET's limits, which PostgreSQL would store as
    /// -infinity and infinity) are never stored.
    /// </summary>
    public DateOnly EarliestDate { get; init; } = DefaultEarliestDate;

    /// <summary>Incidents more than this many days after now are rejected (<c>--max-days-ahead</c>).</summary>
    public double MaxDaysAhead { get; init; } = DefaultMaxDaysAhead;

    /// <summary>The clock "now" is read from (for the latest date accepted); the system clock unless a test sets it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>What happens to a row outside the study area beyond the tolerance.</summary>
    public RejectAction OutsideAction => SkipOutside ? RejectAction.SkippedOutside : RejectAction.Rejected;

    public CategoryTaxonomy EffectiveTaxonomy => Taxonomy ?? CategoryTaxonomy.BuiltIn;
}
