using System.CommandLine;
using System.Text.Json;
using Geo.Cli.Output;
using Geo.Import.Profiles;

namespace Geo.Cli.Commands;

/// <summary><c>geo profiles list|show</c>: the built-in mapping profiles.</summary>
public static class ProfilesCommand
{
    public static Command Build()
    {
        var cmd = new Command("profiles", "The built-in mapping profiles for known data sets.");
        var list = new Command("list", "List the built-in profiles.");
        list.SetAction(_ =>
        {
            var table = Tables.Create("profile", "reads", "description");
            foreach (var (name, p) in ProfileCatalog.BuiltIn) table.Row(name, p.Kind.ToString().ToLowerInvariant(), p.Description);
            Tables.Write($"Built-in mapping profiles: {ProfileCatalog.BuiltIn.Count}", table);
            return 0;
        });
        var name = new Argument<string>("NAME") { Description = "Profile name." };
        var show = new Command("show", "Print a profile as JSON (a starting point for your own --mapping FILE.json).") { name };
        show.SetAction(p =>
        {
            Console.WriteLine(JsonSerializer.Serialize(ProfileCatalog.Get(p.GetValue(name)!), new JsonSerializerOptions(ProfileCatalog.Json) { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
            return 0;
        });
        cmd.Subcommands.Add(list);
        cmd.Subcommands.Add(show);
        return cmd;
    }
}
