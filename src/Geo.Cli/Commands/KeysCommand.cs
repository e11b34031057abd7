using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Core.Domain;
using Geo.Planning.Keys;

namespace Geo.Cli.Commands;

/// <summary>
/// <c>geo keys create --role ROLE --name NAME | list | revoke ID|PREFIX</c>: the API keys of the HTTP service
/// (<c>geo serve</c>). A key is printed once when created and stored only as its SHA-256 hash.
/// </summary>
public static class KeysCommand
{
    public static Command Build()
    {
        var cmd = new Command("keys",
            "The API keys of the HTTP service (geo serve): create one for a role, list them, revoke one.\n" +
            "Roles: analyst (everything, incident points included), coordinator (areas, cells, hotspots, priorities, plans,\n" +
            "reports; no incident points), partner (areas and hotspots only, small counts suppressed).");
        cmd.Subcommands.Add(Create());
        cmd.Subcommands.Add(List());
        cmd.Subcommands.Add(Revoke());
        return cmd;
    }

    private static Command Create()
    {
        var role = new Option<string>("--role") { Description = "The key's role: analyst, coordinator or partner.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var name = new Option<string>("--name") { Description = "Who or what uses the key (1 to 100 characters, e.g. \"Luleå samordnare\").", Required = true };
        var cmd = new Command("create", "Create a key and print it once: Geo stores only its hash, so copy it now.") { role, name };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var created = await geo.Get<ApiKeyService>().CreateAsync(p.GetValue(role)!, p.GetValue(name)!, Environment.UserName, ct);
            var k = created.Info;
            Console.WriteLine(created.Key);
            Terminal.Log($"API key {k.Id} ({k.Prefix}…) for '{k.Name}', role {k.Role}, created.");
            Terminal.Log("This is the only time the key is shown: Geo stores only its hash. Copy it now; if it is lost, revoke it " +
                         $"(geo keys revoke {k.Id}) and create a new one.");
            Terminal.Log("Send it as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'; the map page asks for it once per session.");
            return 0;
        });
        return cmd;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "Print as JSON." };
        var cmd = new Command("list", "Every key, newest first, revoked ones included: id, prefix, name, role, created, last used, revoked (never the key).") { json };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            var keys = await geo.Get<ApiKeyService>().ListAsync(ct);
            if (p.GetValue(json))
            {
                Json.Write(keys.Select(k => new { k.Id, k.Prefix, k.Name, k.Role, k.CreatedBy, k.CreatedAt, k.LastUsedAt, k.RevokedAt, k.Revoked }));
                return 0;
            }
            var table = Tables.Create(">id", "prefix", "name", "role", "created", "created by", "last used", "revoked");
            foreach (var k in keys)
                table.Row(k.Id.ToString(CultureInfo.InvariantCulture), k.Prefix + "…", k.Name, k.Role, Time(k.CreatedAt), k.CreatedBy,
                    k.LastUsedAt is { } used ? Time(used) : "never", k.RevokedAt is { } revoked ? Time(revoked) : "–");
            Tables.Write($"API keys: {keys.Count} ({keys.Count(k => !k.Revoked)} active)", table);
            return 0;
        });
        return cmd;
    }

    private static Command Revoke()
    {
        var key = new Argument<string>("ID|PREFIX") { Description = "The key's id or prefix (at least 6 characters) as geo keys list shows them." };
        var cmd = new Command("revoke", "Revoke a key: it stops working within 30 seconds (the service's lookup cache); it stays in the list and the audit log.") { key };
        cmd.SetAction(async (p, ct) =>
        {
            await using var geo = await CliServices.OpenAsync(ct);
            try
            {
                var k = await geo.Get<ApiKeyService>().RevokeAsync(p.GetValue(key)!.TrimEnd('…'), ct);
                Console.WriteLine($"API key {k.Id} ({k.Prefix}…, '{k.Name}', {k.Role}) revoked at {Time(k.RevokedAt!.Value)}.");
                return 0;
            }
            catch (KeyNotFoundException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return Errors.Failure;
            }
        });
        return cmd;
    }

    private static string Time(DateTimeOffset t) => t.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
