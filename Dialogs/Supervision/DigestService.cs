using System.Text;
using AllianceBot.Dialogs.State;
using AllianceBot.Prompts.Digests;

namespace AllianceBot.Dialogs.Supervision;

/// <summary>
/// Composes a supervisor's digest from the roster and the archive, and saves it beside the
/// summaries (create-only: a saved digest is a record of what was sent and is never rewritten).
/// </summary>
public sealed class DigestService(IStorage archive, RosterStore rosters, TimeProvider time)
{
    /// <summary>Practitioners read in parallel: a supervisor with many practitioners is not read one by one.</summary>
    private const int PractitionerConcurrency = 4;

    private readonly DebriefArchiveIndex _index = new(archive);

    public static string Key(string supervisorId, DigestPeriod period, string extension)
        => $"digests/{StorageKey.Segment(supervisorId)}/{period.Key}.{extension}";

    /// <summary>The digest, or null when the id is not a supervisor on the roster.</summary>
    public async Task<Digest?> ComposeAsync(string supervisorId, DigestPeriod period, CancellationToken cancellationToken = default)
    {
        var roster = await rosters.GetAsync(cancellationToken).ConfigureAwait(false);
        if (roster.FindSupervisor(supervisorId) is not { } supervisor)
        {
            return null;
        }
        var from = period.Previous().Start;
        var debriefs = new List<DigestDebrief>();
        var gate = new Lock();
        await Parallel.ForEachAsync(supervisor.Practitioners,
            new ParallelOptions { MaxDegreeOfParallelism = PractitionerConcurrency, CancellationToken = cancellationToken },
            async (p, ct) =>
            {
                var mine = new List<DigestDebrief>();
                await foreach (var d in _index.ReadPeriodAsync(p.Id, from, period.End, ct).ConfigureAwait(false))
                {
                    mine.Add(d);
                }
                lock (gate)
                {
                    debriefs.AddRange(mine);
                }
            }).ConfigureAwait(false);
        var input = new DigestInput(supervisor.Id, supervisor.Name, period,
            supervisor.Practitioners.Select(p => new DigestPractitioner(p.Id, p.Name)).ToList(), debriefs, time.GetUtcNow());
        return DigestComposer.Compose(input);
    }

    /// <summary>Saves the JSON and HTML forms unless they exist already; returns the HTML key.</summary>
    public async Task<string> SaveAsync(Digest digest, CancellationToken cancellationToken = default)
    {
        var metadata = new Dictionary<string, string> { ["kind"] = "digest", ["period"] = digest.Period.Key };
        await CreateAsync(Key(digest.SupervisorId, digest.Period, "json"), DigestJson.Serialize(digest), metadata, cancellationToken).ConfigureAwait(false);
        var html = Key(digest.SupervisorId, digest.Period, "html");
        await CreateAsync(html, Encoding.UTF8.GetBytes(DigestHtmlRenderer.Render(digest)), metadata, cancellationToken).ConfigureAwait(false);
        return html;
    }

    private async Task CreateAsync(string key, byte[] content, Dictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        try
        {
            await archive.WriteAsync(key, content, WriteCondition.IfNotExists, metadata, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            // Saved by an earlier attempt or another instance: the first copy stands.
        }
    }
}
