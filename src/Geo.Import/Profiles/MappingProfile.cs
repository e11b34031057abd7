using System.Text.Json.Serialization;
using Geo.Core.Domain;

namespace Geo.Import.Profiles;

/// <summary>
/// How to read one kind of foreign file: which columns or properties hold what. Built-in profiles ship as
/// <c>data/profiles/&lt;name&gt;.json</c>; users can pass their own with <c>--mapping FILE.json</c>.
/// Every property is optional; an absent one falls back to the native format's column name.
/// Documented in docs/import-formats.md.
/// </summary>
public sealed record MappingProfile
{
    /// <summary>Profile name (file name without .json).</summary>
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public ImportKind Kind { get; init; } = ImportKind.Incidents;
    /// <summary>csv, geojson or gpkg; null: from the file extension.</summary>
    public string? Format { get; init; }
    /// <summary>Value for incident/resource <c>source</c>.</summary>
    public string? Source { get; init; }
    /// <summary>CRS of coordinates, e.g. "EPSG:4326"; null: EPSG:4326 for lat/lon, the study area's CRS for x/y.</summary>
    public string? Crs { get; init; }

    // --- CSV text ---
    /// <summary>Field delimiter; null: detected.</summary>
    public string? Delimiter { get; init; }
    /// <summary>utf-8 or latin-1 (iso-8859-1) or windows-1252; null: detected (BOM, UTF-8 validity).</summary>
    public string? Encoding { get; init; }
    /// <summary>"." or ","; null: detected.</summary>
    public string? DecimalSeparator { get; init; }
    /// <summary>For .gz inputs nothing is needed: gzip is detected by magic bytes.</summary>
    public string? GeoPackageLayer { get; init; }

    // --- identity ---
    /// <summary>Column with the source's unique id; null: a hash of the row's content is used (announced).</summary>
    public string? IdColumn { get; init; }

    // --- time (incidents) ---
    /// <summary>Column with a date and time, or a date only when <see cref="TimeColumn"/> is set.</summary>
    public string? DateColumn { get; init; }
    public string? TimeColumn { get; init; }
    /// <summary>Columns with year, month, day, hour, minute numbers (Vancouver style), used instead of DateColumn.</summary>
    public string? YearColumn { get; init; }
    public string? MonthColumn { get; init; }
    public string? DayColumn { get; init; }
    public string? HourColumn { get; init; }
    public string? MinuteColumn { get; init; }
    /// <summary>.NET date formats tried in order; null: ISO 8601 and common variants.</summary>
    public string[]? DateFormats { get; init; }
    /// <summary>Fixed time precision; null: from a <c>time_precision</c> column or inferred from the format.</summary>
    public TimePrecision? TimePrecision { get; init; }
    /// <summary>IANA zone for times without offset; null: the study area's zone.</summary>
    public string? TimeZone { get; init; }

    // --- category (incidents) ---
    public string? CategoryColumn { get; init; }
    /// <summary>
    /// The category mapping: a built-in name (data/mappings/NAME.csv), or a mapping CSV file (source_code,category) when
    /// the value ends with .csv or contains a path separator, resolved relative to the profile file's folder
    /// (<see cref="BaseDirectory"/>); null: categories are taxonomy codes.
    /// </summary>
    public string? CategoryMapping { get; init; }
    /// <summary>Category for every row (e.g. a file that holds one crime type only).</summary>
    public string? FixedCategory { get; init; }

    // --- location ---
    public string? XColumn { get; init; }
    public string? YColumn { get; init; }
    public string? LatColumn { get; init; }
    public string? LonColumn { get; init; }
    /// <summary>Fixed location precision; null: from a <c>location_precision</c> column, else exact.</summary>
    public LocationPrecision? LocationPrecision { get; init; }
    /// <summary>Coordinate values that mean "withheld" (e.g. Vancouver's X = 0).</summary>
    public double[]? WithheldCoordinateValues { get; init; }
    /// <summary>One column holding "(lat, lon)" at the end of its text (Socrata style, e.g. Chicago's LOCATION); read as EPSG:4326 unless <see cref="Crs"/>.</summary>
    public string? LatLonTextColumn { get; init; }
    /// <summary>One column holding the geometry as WKT (e.g. Chicago's the_geom).</summary>
    public string? WktColumn { get; init; }

    // --- text values ---
    /// <summary>Values that mean "no value" besides the empty string (e.g. R's "NA").</summary>
    public string[]? NullValues { get; init; }

    // --- resources ---
    public string? TypeColumn { get; init; }
    public string? FixedType { get; init; }
    /// <summary>Source values → resource type codes.</summary>
    public Dictionary<string, string>? TypeMapping { get; init; }
    public string? NameColumn { get; init; }
    public string? OwnerColumn { get; init; }
    /// <summary>Owner agency for every row.</summary>
    public string? FixedOwner { get; init; }
    public string? OpeningHoursColumn { get; init; }
    public string? CapacityColumn { get; init; }
    public string? NotesColumn { get; init; }

    // --- areas ---
    public string? CodeColumn { get; init; }
    public string? PopulationColumn { get; init; }
    /// <summary>Age band label → column, e.g. {"0-15": "pop_0_15"}.</summary>
    public Dictionary<string, string>? AgeBandColumns { get; init; }
    /// <summary>
    /// For areas given as points only (e.g. SCB tätorter): column with the area in hectares; each point becomes a
    /// circle of that area (an approximation, announced).
    /// </summary>
    public string? PointAreaHectaresColumn { get; init; }

    /// <summary>
    /// Columns copied into the jsonb attributes; nothing else is (attributes are opt-in). Column names that look
    /// personal are refused, and every value is screened for personal data (docs/import-formats.md).
    /// </summary>
    public string[]? Attributes { get; init; }

    /// <summary>
    /// Attribute columns allowed to hold free text (long or narrative values); kept as well, and still screened for
    /// personal identity numbers, phone numbers and e-mail addresses.
    /// </summary>
    public string[]? FreeTextAttributes { get; init; }

    [JsonIgnore]
    public string Origin { get; init; } = "built-in";

    /// <summary>Folder of the profile file (user profiles): relative paths in the profile are resolved against it; null for built-in profiles.</summary>
    [JsonIgnore]
    public string? BaseDirectory { get; init; }
}
