using AllianceBot.Dialogs.State;

namespace AllianceBot.Bot.Tests.Storage;

/// <summary>Conversation state through every backend: typed values survive, and two turns racing never lose an answer silently.</summary>
public abstract class ConversationStateContractTests
{
    protected abstract IStorage Storage { get; }

    internal sealed record DebriefProgress(string Step, List<string> Answers, int Turns, DateOnly Date);

    [Fact]
    public async Task SaveChangesAsync_TypedProperty_ReloadsEqualInNewTurn()
    {
        var adapter = new StateTurns();
        var state = new ConversationState(Storage);
        var progress = state.CreateProperty<DebriefProgress>("progress");
        var first = adapter.NewTurn();
        var saved = new DebriefProgress("whatHelped", ["We agreed on goals", "Zoë: a café 😀"], 2, new DateOnly(2026, 11, 22));

        await progress.SetAsync(first, saved);
        await state.SaveChangesAsync(first);
        var second = adapter.NewTurn();
        var loaded = await progress.GetAsync(second, () => throw new InvalidOperationException("state was not saved"));

        Assert.Equal(saved.Step, loaded.Step);
        Assert.Equal(saved.Answers, loaded.Answers);
        Assert.Equal(saved.Turns, loaded.Turns);
        Assert.Equal(saved.Date, loaded.Date);
    }

    [Fact]
    public async Task SaveChangesAsync_TwoTurnsRacing_SecondThrowsConflictAndFirstAnswerStays()
    {
        var adapter = new StateTurns();
        var state = new ConversationState(Storage);
        var answers = state.CreateProperty<List<string>>("answers");
        var setup = adapter.NewTurn();
        await answers.SetAsync(setup, ["first"]);
        await state.SaveChangesAsync(setup);

        var turnA = adapter.NewTurn("A");
        var turnB = adapter.NewTurn("B");
        (await answers.GetAsync(turnA, () => [])).Add("A");
        (await answers.GetAsync(turnB, () => [])).Add("B");
        await state.SaveChangesAsync(turnA);

        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(turnB));
        var reread = await answers.GetAsync(adapter.NewTurn(), () => []);
        Assert.Equal(["first", "A"], reread);
    }

    [Fact]
    public async Task SaveChangesAsync_TwoFirstTurnsRacing_OnlyOneCreatesTheDocument()
    {
        var adapter = new StateTurns();
        var state = new ConversationState(Storage);
        var answers = state.CreateProperty<List<string>>("answers");
        var turns = new[] { adapter.NewTurn("A"), adapter.NewTurn("B") };
        foreach (var turn in turns)
        {
            (await answers.GetAsync(turn, () => [])).Add(turn.Activity.Text!);
        }

        var outcomes = await Task.WhenAll(turns.Select(async turn =>
        {
            try
            {
                await state.SaveChangesAsync(turn);
                return turn.Activity.Text;
            }
            catch (StorageConflictException)
            {
                return null;
            }
        }));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal([winner!], await answers.GetAsync(adapter.NewTurn(), () => []));
    }

    [Fact]
    public async Task SaveChangesAsync_ConflictThenReloadAndRetry_KeepsBothAnswers()
    {
        var adapter = new StateTurns();
        var state = new ConversationState(Storage);
        var answers = state.CreateProperty<List<string>>("answers");
        var turnA = adapter.NewTurn("A");
        var turnB = adapter.NewTurn("B");
        (await answers.GetAsync(turnA, () => [])).Add("A");
        (await answers.GetAsync(turnB, () => [])).Add("B");
        await state.SaveChangesAsync(turnA);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(turnB));

        // The caller's recovery: forget the stale copy, load the current one, apply the answer again.
        state.Forget(turnB);
        (await answers.GetAsync(turnB, () => [])).Add("B");
        await state.SaveChangesAsync(turnB);

        Assert.Equal(["A", "B"], await answers.GetAsync(adapter.NewTurn(), () => []));
    }
}
