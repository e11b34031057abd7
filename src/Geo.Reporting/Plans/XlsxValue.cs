namespace Geo.Reporting.Plans;

/// <summary>
/// One cell's value for <see cref="XlsxSheetBuilder"/>: text (an inline string, never a formula), a number, a date or a
/// time (UTC), or nothing, with its cell format.
/// </summary>
internal readonly record struct XlsxValue(object? Value, XlsxStyle Style)
{
    public static XlsxValue Empty { get; } = new(null, XlsxStyle.Text);

    public static XlsxValue Text(string? s, XlsxStyle style = XlsxStyle.Text) => new(s, style);

    public static XlsxValue Integer(long v) => new((double)v, XlsxStyle.Integer);

    public static XlsxValue Integer(long? v) => v is { } x ? Integer(x) : new(null, XlsxStyle.Integer);

    /// <summary>A number; no value when missing or not finite.</summary>
    public static XlsxValue Number(double? v, XlsxStyle style = XlsxStyle.Decimal) => new(v is { } x && double.IsFinite(x) ? x : null, style);

    public static XlsxValue Date(DateOnly? d) => new(d, XlsxStyle.Date);

    public static XlsxValue Time(DateTimeOffset t) => new(t, XlsxStyle.DateTime);
}
