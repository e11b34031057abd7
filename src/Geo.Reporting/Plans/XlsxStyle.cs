namespace Geo.Reporting.Plans;

/// <summary>The cell formats of a plan workbook: the index of each in the stylesheet's <c>cellXfs</c> (see <see cref="XlsxStylesheet"/>).</summary>
internal enum XlsxStyle : uint
{
    Default = 0,
    Header = 1,
    Text = 2,
    Integer = 3,
    Decimal = 4,
    Percent = 5,
    Date = 6,
    DateTime = 7,
    PValue = 8,
    Green = 9,
    Yellow = 10,
    Red = 11,
    Key = 12,
    PercentOneDecimal = 13,
}
