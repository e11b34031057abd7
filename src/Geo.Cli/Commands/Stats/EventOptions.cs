using System.CommandLine;
using Geo.Core.Crs;
using Geo.Planning.Stats;

namespace Geo.Cli.Commands.Stats;

/// <summary>--crs, the row filters (--category, --category-field, --where, --from, --to) and --time-zone of point events (and --time-field where the command has no time series).</summary>
internal sealed class EventOptions
{
    public readonly Option<string?> Crs = new("--crs")
    {
        Description = "Metric CRS (EPSG:N) that longitude/latitude input is projected to (default: the UTM zone of the data's mean longitude, announced); " +
                      "input declaring another metric CRS is reprojected to it; for input in metres that declares no CRS, the CRS of its coordinates.",
    };
    public readonly Option<string?> Category = new("--category") { Description = "Keep only events whose category is one of these comma-separated codes (a code also matches its sub-codes: violence matches violence.assault; case-insensitive)." };
    public readonly Option<string?> CategoryField = new("--category-field") { Description = "Field holding the category for --category (default: a field named category or kategori)." };
    public readonly Option<string?> Where = new("--where") { Description = "FIELD=VALUE: keep only rows whose FIELD equals VALUE (case-insensitive)." };
    public readonly Option<string?> From = new("--from") { Description = "Keep events on or after this local date (yyyy-MM-dd); needs the time field." };
    public readonly Option<string?> To = new("--to") { Description = "Keep events on or before this local date (yyyy-MM-dd); needs the time field." };
    public readonly Option<string?> TimeZone = new("--time-zone")
    {
        Description = $"IANA time zone that times with a UTC offset or Z are converted to before their local date is taken (default: {EventInput.DefaultTimeZone}); " +
                      "times without an offset are used as written.",
    };
    public readonly Option<string?>? TimeField;

    /// <param name="timeField">True for commands without a time series of their own: adds --time-field for --from/--to.</param>
    public EventOptions(bool timeField)
    {
        if (timeField) TimeField = new Option<string?>("--time-field") { Description = $"Field with each event's date or time, for --from/--to ({StatsFiles.TimeFormats})." };
    }

    public void AddTo(Command c)
    {
        c.Options.Add(Crs); c.Options.Add(Category); c.Options.Add(CategoryField); c.Options.Add(Where);
        if (TimeField is not null) c.Options.Add(TimeField);
        c.Options.Add(From); c.Options.Add(To); c.Options.Add(TimeZone);
    }

    /// <summary>The options as the application layer's <see cref="EventInput"/>.</summary>
    public EventInput Value(ParseResult p)
    {
        if (p.GetValue(CategoryField) is not null && p.GetValue(Category) is null)
            throw new ArgumentException("--category-field names the field of --category: give --category CODES too.");
        return new EventInput(
            p.GetValue(Crs) is { } crs ? CrsRegistry.Parse(crs) : null,
            EventInput.ParseCodes(p.GetValue(Category)),
            p.GetValue(CategoryField),
            p.GetValue(Where),
            EventInput.ParseDate(p.GetValue(From), "--from"),
            EventInput.ParseDate(p.GetValue(To), "--to"),
            TimeField is null ? null : p.GetValue(TimeField),
            p.GetValue(TimeZone));
    }
}
