using Geo.Sample;

namespace Geo.Planning.Samples;

/// <summary>Generates synthetic sample municipalities with planted ground truth.</summary>
public sealed class SampleService
{
    /// <summary>Writes a sample municipality to <paramref name="folder"/> (created; existing sample files are overwritten).</summary>
    /// <exception cref="ArgumentException">A real boundary is asked for without the code of its feature.</exception>
    public SampleResult Generate(SampleOptions options, string folder, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BoundaryFile is not null && options.Code is null) throw new ArgumentException("--boundary needs --code (the feature to use, e.g. 2580).");
        return SampleGenerator.Generate(options, folder, progress);
    }
}
