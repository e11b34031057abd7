namespace Geo.Import.Mapping;

/// <summary>One fragment of a value that holds personal data: where it is and what kind it is.</summary>
internal readonly record struct PersonalDataMatch(int Start, int Length, PersonalDataKind Kind);
