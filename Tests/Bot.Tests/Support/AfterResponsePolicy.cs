using Azure.Core;
using Azure.Core.Pipeline;

namespace AllianceBot.Bot.Tests.Support;

/// <summary>
/// A Blob pipeline policy that sees each request once the service has answered it, before the store
/// does: to count the wire, or to break something at a precise moment. Added per retry, it sees
/// every attempt the SDK makes.
/// </summary>
internal abstract class AfterResponsePolicy : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        OnResponseAsync(message).AsTask().GetAwaiter().GetResult();
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        await OnResponseAsync(message).ConfigureAwait(false);
    }

    protected abstract ValueTask OnResponseAsync(HttpMessage message);
}
