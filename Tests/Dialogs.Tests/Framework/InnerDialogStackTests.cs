using System.Text.Json.Nodes;
using AllianceBot.Dialogs.Framework;

namespace AllianceBot.Dialogs.Tests.Framework;

/// <summary>A component's inner stack is converted node to node; it must read and write what the serializer did.</summary>
public sealed class InnerDialogStackTests
{
    private static DialogState TwoDeep() => new()
    {
        DialogStack =
        [
            new DialogInstance("prompt", new JsonObject { ["state"] = new JsonObject { ["attemptCount"] = 1 }, ["options"] = null }),
            new DialogInstance("waterfall", new JsonObject { ["stepIndex"] = 2, ["values"] = new JsonObject { ["a"] = "é<" } }),
        ],
    };

    [Fact]
    public void ToNode_Stack_WritesWhatTheSerializerWrites()
        => Assert.Equal(DialogJson.ToNode(TwoDeep())!.ToJsonString(), InnerDialogStack.ToNode(TwoDeep()).ToJsonString());

    [Fact]
    public void FromNode_SerializedStack_ReadsWhatTheSerializerReads()
    {
        var node = JsonNode.Parse(DialogJson.ToNode(TwoDeep())!.ToJsonString());

        var expected = DialogJson.As<DialogState>(node)!;
        var actual = InnerDialogStack.FromNode(node);

        Assert.Equal(expected.DialogStack.Select(i => i.Id), actual.DialogStack.Select(i => i.Id));
        Assert.Equal(expected.DialogStack.Select(i => i.State.ToJsonString()), actual.DialogStack.Select(i => i.State.ToJsonString()));
    }

    [Fact]
    public void FromNode_ThenChangeAndSave_LeavesTheStoredNodeAsItWas()
    {
        var stored = InnerDialogStack.ToNode(TwoDeep());
        var before = stored.ToJsonString();

        var loaded = InnerDialogStack.FromNode(stored);
        loaded.DialogStack[1].State["stepIndex"] = 3;
        var saved = InnerDialogStack.ToNode(loaded);

        Assert.Equal(before, stored.ToJsonString());
        Assert.Equal(3, saved["dialogStack"]![1]!["state"]!["stepIndex"]!.GetValue<int>());
    }

    [Fact]
    public void ToNode_SameStateSavedTwice_CopiesInsteadOfMovingIt()
    {
        var state = TwoDeep();

        var first = InnerDialogStack.ToNode(state);
        var second = InnerDialogStack.ToNode(state);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Theory]
    [InlineData("""{"dialogStack":[],"extra":1}""")]
    [InlineData("""{"dialogStack":[{"id":"x"}]}""")]
    [InlineData("""{"dialogStack":[{"id":"x","state":{"a":1},"more":true}]}""")]
    [InlineData("""{}""")]
    public void FromNode_UnusualShape_FallsBackToTheSerializer(string json)
    {
        var expected = DialogJson.As<DialogState>(JsonNode.Parse(json))!;
        var actual = InnerDialogStack.FromNode(JsonNode.Parse(json));

        Assert.Equal(expected.DialogStack.Select(i => (i.Id, i.State?.ToJsonString())), actual.DialogStack.Select(i => (i.Id, i.State?.ToJsonString())));
    }

    [Fact]
    public void FromNode_Null_IsAnEmptyStack() => Assert.Empty(InnerDialogStack.FromNode(null).DialogStack);
}
