using AllianceBot.Dialogs.Turns;

namespace AllianceBot.Dialogs.State;

public interface IStatePropertyAccessor<T> where T : class
{
    string Name { get; }
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
