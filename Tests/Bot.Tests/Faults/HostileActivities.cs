using System.Text;
using System.Text.Json.Nodes;

namespace AllianceBot.Bot.Tests.Faults;

/// <summary>One generated request body and what it tries.</summary>
public sealed record HostileCase(string Name, byte[] Body, string ContentType = "application/json");

/// <summary>
/// A seeded corpus of malformed and hostile activities: wrong JSON types, huge strings, deep
/// nesting, control characters and broken UTF-8, unknown types, card submits with odd values,
/// ids and channel ids with path characters, foreign service URLs and bodies that are not activities.
/// The same seed gives the same corpus, so a failure can be replayed by its name.
/// </summary>
public static class HostileActivities
{
    private static readonly string[] Fields =
        ["type", "id", "timestamp", "channelId", "serviceUrl", "from", "recipient", "conversation", "replyToId", "text", "textFormat",
         "locale", "inputHint", "attachments", "entities", "channelData", "value", "name", "action", "membersAdded", "membersRemoved"];

    private static readonly string[] PathIds =
        ["../control", "../../../../etc/passwd", "..%2F..%2Fcontrol", "%2e%2e%2f", "a/b/../../c", "a\\..\\..\\b", "a;b;c", "a\u0000b",
         "..", ".", "/", "//", "C:\\Windows\\win.ini", "CON", "nul.txt", "a:b:c", "~doc", "x~lock", "x~tmp123", "a%00b", "a?b#c",
         "botstate/../debriefs/x", "references/../msteams", " ", "\t", "a\r\nb", "\u202e\u0644", "..\u2215..\u2215x"];

    private static readonly string[] ActivityTypes =
        ["foo", "", " ", "MESSAGE", "message\u0000", "Message", "invoke/../message", "delete", "<script>", "conversationUpdate ", "🙂"];

    public static IReadOnlyList<HostileCase> Generate(int seed, string serviceUrl)
    {
        var random = new Random(seed);
        var cases = new List<HostileCase>();

        // Not activities at all.
        foreach (var (name, body) in new[]
        {
            ("empty body", ""), ("null", "null"), ("array", "[]"), ("string", "\"message\""), ("number", "42"), ("truncated", "{\"type\":\"message\","),
            ("trailing garbage", "{\"type\":\"message\"} xyz"), ("single quotes", "{'type':'message'}"), ("comments", "{/* c */\"type\":\"message\"}"),
            ("duplicate keys", "{\"type\":\"message\",\"type\":\"invoke\",\"conversation\":{\"id\":\"a:dup\"}}"), ("bom only", "\uFEFF"),
        })
        {
            cases.Add(new HostileCase("not an activity: " + name, Encoding.UTF8.GetBytes(body)));
        }
        cases.Add(new HostileCase("binary garbage", RandomBytes(random, 512)));
        cases.Add(new HostileCase("invalid UTF-8 in text", Concat("{\"type\":\"message\",\"text\":\"", [0xC3, 0x28, 0xFF, 0xFE], "\",\"conversation\":{\"id\":\"a:utf8\"}}")));
        cases.Add(new HostileCase("text/plain body", Encoding.UTF8.GetBytes(Valid(serviceUrl, "a:plain").ToJsonString()), "text/plain"));
        cases.Add(new HostileCase("form body", Encoding.UTF8.GetBytes("type=message&text=hi"), "application/x-www-form-urlencoded"));

        // Every field with every wrong JSON type.
        foreach (var field in Fields)
        {
            foreach (var (kind, value) in WrongValues(random))
            {
                var activity = Valid(serviceUrl, $"a:types-{field}-{kind}");
                activity[field] = value;
                cases.Add(Case($"field {field} = {kind}", activity));
            }
        }
        foreach (var nested in new[] { "from", "recipient", "conversation" })
        {
            foreach (var (kind, value) in WrongValues(random))
            {
                var activity = Valid(serviceUrl, $"a:nested-{nested}-{kind}");
                activity[nested] = new JsonObject { ["id"] = value, ["name"] = WrongValues(random)[random.Next(6)].Value };
                cases.Add(Case($"{nested}.id = {kind}", activity));
            }
        }

        // Huge strings: under the size limit (must be handled) and over it (413).
        foreach (var size in new[] { 1_000, 60_000, 200_000, 300_000 })
        {
            foreach (var field in new[] { "text", "id", "locale", "name" })
            {
                var activity = Valid(serviceUrl, $"a:huge-{field}-{size}");
                activity[field] = RandomText(random, size);
                cases.Add(Case($"huge {field} ({size} chars)", activity));
            }
        }
        var hugeConversation = Valid(serviceUrl, "x");
        hugeConversation["conversation"] = new JsonObject { ["id"] = "a:" + new string('c', 50_000) };
        cases.Add(Case("huge conversation id", hugeConversation));

        // Deep nesting in value, channelData and an extension property.
        foreach (var depth in new[] { 10, 63, 65, 200, 5_000 })
        {
            foreach (var field in new[] { "value", "channelData", "unknownExtension" })
            {
                var json = Valid(serviceUrl, $"a:deep-{field}-{depth}").ToJsonString();
                var nested = new string('[', depth) + new string(']', depth);
                json = json[..^1] + $",\"{field}2\":{nested}}}";
                cases.Add(new HostileCase($"{field} nested {depth} deep", Encoding.UTF8.GetBytes(json)));
            }
        }

        // Control characters, bidi, lone surrogates and escapes in text and ids.
        for (var i = 0; i < 30; i++)
        {
            var activity = Valid(serviceUrl, "a:ctl-" + i);
            activity["text"] = ControlText(random, 64);
            if (i % 3 == 0)
            {
                activity["from"] = new JsonObject { ["id"] = ControlText(random, 16), ["aadObjectId"] = ControlText(random, 16) };
            }
            cases.Add(Case($"control characters #{i}", activity));
        }
        cases.Add(new HostileCase("lone surrogate escapes", Encoding.UTF8.GetBytes(
            "{\"type\":\"message\",\"text\":\"\\ud800\\udc00\\ud800 x \\udfff\",\"conversation\":{\"id\":\"a:surrogate\\ud800\"},\"serviceUrl\":\"" + serviceUrl + "\"}")));

        // Unknown and odd activity types.
        foreach (var type in ActivityTypes)
        {
            var activity = Valid(serviceUrl, "a:type-" + cases.Count);
            activity["type"] = type;
            cases.Add(Case($"type '{Printable(type)}'", activity));
        }

        // Adaptive Card submits with unexpected values.
        foreach (var (kind, value) in CardValues(random))
        {
            var activity = Valid(serviceUrl, "a:card-" + kind);
            activity.Remove("text");
            activity["value"] = value;
            cases.Add(Case($"card submit value {kind}", activity));
            var invoke = Valid(serviceUrl, "a:invoke-" + kind);
            invoke["type"] = "invoke";
            invoke["name"] = random.Next(2) == 0 ? "adaptiveCard/action" : "../../x";
            invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "save", ["data"] = value?.DeepClone() } };
            cases.Add(Case($"card invoke value {kind}", invoke));
        }

        // Ids with path characters: conversation, channel, user, activity and replyTo ids.
        foreach (var id in PathIds)
        {
            cases.Add(Case($"conversation id '{Printable(id)}'", Valid(serviceUrl, id)));
            var channel = Valid(serviceUrl, "a:channel-" + cases.Count);
            channel["channelId"] = id;
            cases.Add(Case($"channel id '{Printable(id)}'", channel));
            var user = Valid(serviceUrl, "a:user-" + cases.Count);
            user["from"] = new JsonObject { ["id"] = id, ["aadObjectId"] = id };
            cases.Add(Case($"user id '{Printable(id)}'", user));
            var activityId = Valid(serviceUrl, "a:activity-" + cases.Count);
            activityId["id"] = id;
            activityId["replyToId"] = id;
            cases.Add(Case($"activity id '{Printable(id)}'", activityId));
        }

        // Service URLs the bot must not call (anonymous mode: loopback only).
        foreach (var url in new[] { "http://example.invalid/", "file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/", "not a url", "",
                     "http://127.0.0.1.example.invalid/", "http://[::ffff:8.8.8.8]/", "http://0x7f000001.example.invalid/", serviceUrl + "../../../" })
        {
            var activity = Valid(serviceUrl, "a:url-" + cases.Count);
            activity["serviceUrl"] = url;
            cases.Add(Case($"serviceUrl '{url}'", activity));
        }

        // Random mutations of a valid activity until the corpus is large enough.
        while (cases.Count < 320)
        {
            var activity = Valid(serviceUrl, "a:mut-" + cases.Count);
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                activity[Fields[random.Next(Fields.Length)]] = WrongValues(random)[random.Next(6)].Value;
            }
            cases.Add(Case("random mutation #" + cases.Count, activity));
        }
        return cases;
    }

    /// <summary>A well-formed message from a stranger (never the control conversation's user).</summary>
    public static JsonObject Valid(string serviceUrl, string conversationId) => new()
    {
        ["type"] = "message",
        ["id"] = "h-" + Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:stranger", ["aadObjectId"] = "aad-stranger" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["text"] = "hello",
    };

    private static HostileCase Case(string name, JsonObject activity) => new(name, Encoding.UTF8.GetBytes(activity.ToJsonString()));

    private static (string Kind, JsonNode? Value)[] WrongValues(Random random) =>
    [
        ("number", JsonValue.Create(random.Next())),
        ("bool", JsonValue.Create(true)),
        ("null", null),
        ("array", new JsonArray(1, "two", null)),
        ("object", new JsonObject { ["x"] = new JsonObject { ["y"] = 1 } }),
        ("float", JsonValue.Create(1e308)),
        ("string", JsonValue.Create("unexpected")),
    ];

    private static IEnumerable<(string Kind, JsonNode? Value)> CardValues(Random random)
    {
        yield return ("null", null);
        yield return ("number", JsonValue.Create(-1));
        yield return ("string", JsonValue.Create("submit"));
        yield return ("array", new JsonArray("a", 1));
        yield return ("empty object", new JsonObject());
        yield return ("action number", new JsonObject { ["action"] = 5 });
        yield return ("client code object", new JsonObject { ["clientCode"] = new JsonObject { ["x"] = 1 }, ["action"] = "save" });
        yield return ("ratings out of range", new JsonObject { ["goals"] = 99, ["tasks"] = -5, ["bond"] = "eleven", ["action"] = "quickDebrief" });
        yield return ("date garbage", new JsonObject { ["date"] = "2026-13-45", ["action"] = "quickDebrief" });
        yield return ("huge free text", new JsonObject { ["narrative"] = RandomText(random, 100_000), ["action"] = "quickDebrief" });
        var many = new JsonObject();
        for (var i = 0; i < 2_000; i++)
        {
            many["k" + i] = i;
        }
        yield return ("2000 keys", many);
        yield return ("prototype keys", new JsonObject { ["__proto__"] = new JsonObject { ["admin"] = true }, ["constructor"] = "x" });
        yield return ("path in value", new JsonObject { ["debriefId"] = "../../../etc/passwd", ["action"] = "delete" });
    }

    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0x20, 0x7F);
        }
        return new string(chars);
    }

    private static string ControlText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0x7F, 0xA0),
                2 => "\u200b\u200e\u202e\u2066\ufeff\uffff"[random.Next(6)],
                _ => (char)random.Next(0x20, 0x7F),
            };
        }
        return new string(chars);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Concat(string before, byte[] middle, string after)
        => [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    private static string Printable(string s)
        => new(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
