using System.Text.Json.Serialization;

namespace Geo.Import.Profiles;

/// <summary>
/// Compile-time JSON metadata of <see cref="MappingProfile"/> for <see cref="ProfileCatalog.Json"/>: reading a profile then
/// needs no reflection and no JIT-compiled accessors at run time (the settings stay those of the options).
/// </summary>
[JsonSerializable(typeof(MappingProfile))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
