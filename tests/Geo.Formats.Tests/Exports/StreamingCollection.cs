namespace Geo.Formats.Tests.Exports;

/// <summary>Memory checks run alone, so no other test's objects count towards the heap they measure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StreamingCollection
{
    public const string Name = "export-streaming";
}
