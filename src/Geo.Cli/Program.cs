using Geo.Cli;

return await GeoCli.RunAsync(args);
