using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Bot.Storage;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LocalDocument.Header))]
[JsonSerializable(typeof(JournalRecord.Header), TypeInfoPropertyName = "JournalHeader")]
internal sealed partial class LocalJson : JsonSerializerContext;
