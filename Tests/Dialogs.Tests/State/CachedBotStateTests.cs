using System.Text;
using System.Text.Json;
using AllianceBot.Dialogs.State;

namespace AllianceBot.Dialogs.Tests.State;

/// <summary>The state document is read as raw property slices and written with one writer, without a JSON DOM.</summary>
public sealed class CachedBotStateTests
{
    private sealed class Counter
    {
        public int Count { get; set; }
        public string? Note { get; set; }
    }

    private static CachedBotState Load(string json)
        => new("k", new StorageItem("k", Encoding.UTF8.GetBytes(json), "\"1\"", new Dictionary<string, string>()), verified: true);

    private static string Text(byte[]? bytes) => bytes is null ? "(unchanged)" : Encoding.UTF8.GetString(bytes);

    [Fact]
    public void SerializeIfChanged_NothingTouched_ReturnsNull()
    {
        var cached = Load("""{"b":{"count":1},"a":[1,"x",{"n":null}],"c":"caf\u00E9"}""");

        Assert.Null(cached.SerializeIfChanged());
    }

    [Fact]
    public void SerializeIfChanged_ReadButUnchanged_ReturnsNull()
    {
        var cached = Load("""{"counter":{"count":1,"note":"n"}}""");

        cached.GetOrCreate("counter", () => new Counter());

        Assert.Null(cached.SerializeIfChanged());
    }

    [Fact]
    public void SerializeIfChanged_Forced_ReturnsTheDocumentEvenUnchanged()
    {
        var cached = Load("""{"a":1}""");

        Assert.Equal("""{"a":1}""", Text(cached.SerializeIfChanged(force: true)));
    }

    [Fact]
    public void SerializeIfChanged_AfterSave_ComparesWithWhatWasSaved()
    {
        var cached = Load("""{"counter":{"count":1}}""");
        var counter = cached.GetOrCreate("counter", () => new Counter());
        counter.Count = 2;
        cached.MarkSaved(cached.SerializeIfChanged()!, "\"2\"");

        var unchanged = cached.SerializeIfChanged();
        counter.Count = 3;

        Assert.Null(unchanged);
        Assert.Equal("""{"counter":{"count":3}}""", Text(cached.SerializeIfChanged()));
    }

    [Fact]
    public void SerializeIfChanged_TwoDocumentsOnOneThread_NeitherSeesTheOthersBytes()
    {
        var big = Load("""{"a":"a long value that fills the reused buffer first"}""");
        var small = Load("""{"b":1}""");
        big.Set("c", new Counter { Count = 1 });
        small.Set("d", new Counter { Count = 2 });

        var first = Text(big.SerializeIfChanged());
        var second = Text(small.SerializeIfChanged());

        Assert.Equal("""{"a":"a long value that fills the reused buffer first","c":{"count":1}}""", first);
        Assert.Equal("""{"b":1,"d":{"count":2}}""", second);
    }

    [Fact]
    public void Serialize_OnePropertyChanged_KeepsOrderAndTheOthersAsStored()
    {
        var cached = Load("""{"first":{"x":1},"counter":{"count":1},"last":true}""");

        cached.GetOrCreate("counter", () => new Counter()).Count = 2;

        Assert.Equal("""{"first":{"x":1},"counter":{"count":2},"last":true}""", Text(cached.SerializeIfChanged()));
    }

    [Fact]
    public void Serialize_NewAndRemovedProperties_AppendsNewAndDropsRemoved()
    {
        var cached = Load("""{"gone":1,"kept":2}""");

        cached.Set("added", new Counter { Count = 3, Note = "n" });
        cached.Remove("gone");

        Assert.Equal("""{"kept":2,"added":{"count":3,"note":"n"}}""", Text(cached.SerializeIfChanged()));
    }

    [Fact]
    public void Serialize_AfterClear_WritesOnlyWhatWasSetAfterwards()
    {
        var cached = Load("""{"a":1,"counter":{"count":5}}""");
        cached.GetOrCreate("counter", () => new Counter());

        cached.Clear();
        var fresh = cached.GetOrCreate("counter", () => new Counter { Count = 9 });

        Assert.Equal(9, fresh.Count);
        Assert.Equal("""{"counter":{"count":9}}""", Text(cached.SerializeIfChanged()));
    }

    [Fact]
    public void GetOrCreate_StoredNull_UsesTheFactory()
    {
        var cached = Load("""{"counter":null}""");

        Assert.Equal(4, cached.GetOrCreate("counter", () => new Counter { Count = 4 }).Count);
    }

    [Fact]
    public void GetOrCreate_SameNameTwice_ReturnsTheSameObject()
    {
        var cached = Load("""{"counter":{"count":1}}""");

        Assert.Same(cached.GetOrCreate("counter", () => new Counter()), cached.GetOrCreate("counter", () => new Counter()));
    }

    [Theory]
    [InlineData("""{"a":""")]
    [InlineData("""{"a":1} {"b":2}""")]
    [InlineData("""{"a":1,}""")]
    [InlineData(" ")]
    public void Constructor_MalformedDocument_ThrowsJsonException(string json)
        => Assert.ThrowsAny<JsonException>(() => Load(json));

    [Fact]
    public void Constructor_RootIsNotAnObject_StartsEmpty()
    {
        var cached = Load("[1,2]");

        Assert.Equal(7, cached.GetOrCreate("counter", () => new Counter { Count = 7 }).Count);
        Assert.Equal("""{"counter":{"count":7}}""", Text(cached.SerializeIfChanged()));
    }
}
