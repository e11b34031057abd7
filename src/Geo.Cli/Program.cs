using Geo.Cli;
using Geo.Core.Geometries;

GeometryServices.Configure();
return await GeoCli.RunAsync(args);
