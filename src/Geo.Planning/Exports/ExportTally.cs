using Geo.Formats.Exports;

namespace Geo.Planning.Exports;

/// <summary>What one export hid, counted as its rows are made: counts shown as small, counts hidden as complements, values hidden as derived, areas left out.</summary>
internal sealed class ExportTally
{
    public int Small;
    public int Secondary;
    public int Derived;
    public int AreasLeftOut;

    public object? Note(object? value)
    {
        if (value is ExportSuppressed s)
        {
            switch (s.Reason)
            {
                case ExportHidden.Small: Small++; break;
                case ExportHidden.Secondary: Secondary++; break;
                default: Derived++; break;
            }
        }
        return value;
    }
}
