using Geo.Core.Domain;

namespace Geo.Formats.Samples;

/// <summary>The study area of a sample: code, name, boundary file (GeoJSON in <see cref="Srid"/>), CRS, time zone.</summary>
public sealed record SampleStudyArea(string Code, string Name, string Boundary, int Srid = StudyArea.DefaultSrid, string TimeZone = StudyArea.DefaultTimeZone);
