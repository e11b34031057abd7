using System.Globalization;
using Geo.Planning.Runs;

namespace Geo.Planning.Evaluation;

/// <summary>
/// What <c>geo evaluate</c> asks for: the treated place, the control (null: the announced default, the study area farther
/// than two buffer widths from the treated place), the width of the displacement buffers (null: 250 m), the periods
/// before and after (local dates, both inclusive; required) and the categories (null: all).
/// </summary>
/// <param name="StudyAreaCode">The study area.</param>
/// <param name="Treated">The treated place (where the measure was taken).</param>
/// <param name="Control">The control area, or null for the default.</param>
/// <param name="BufferMetres">The width of the displacement buffers in metres, or null for 250 m.</param>
/// <param name="Before">The period before the measure.</param>
/// <param name="After">The period after the measure.</param>
/// <param name="Categories">Category codes or main groups (e.g. violence, vandalism.graffiti); null or empty = every category.</param>
public sealed record EvaluationRequest(
    string StudyAreaCode,
    EvaluationPlace Treated,
    EvaluationPlace? Control,
    double? BufferMetres,
    RunPeriod Before,
    RunPeriod After,
    IReadOnlyList<string>? Categories = null)
{
    /// <summary>The default width of the displacement buffers (metres).</summary>
    public const double DefaultBufferMetres = 250;

    /// <summary>A period written <c>FROM..TO</c> (ISO dates, both inclusive), e.g. 2022-01-01..2022-12-31.</summary>
    /// <exception cref="ArgumentException">Not two ISO dates separated by "..", or FROM after TO; the message names <paramref name="option"/>.</exception>
    public static RunPeriod ParsePeriod(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split("..");
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && DateOnly.TryParseExact(parts[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            if (to < from) throw new ArgumentException($"{option} {text}: the period ends before it begins; write FROM..TO with FROM first.");
            return new RunPeriod(from, to);
        }
        throw new ArgumentException($"{option} must be FROM..TO, two dates YYYY-MM-DD (both inclusive), e.g. 2022-01-01..2022-12-31; not '{text}'.");
    }
}
