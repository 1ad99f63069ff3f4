using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Hosting;

/// <summary>Fails the start when the registration is half configured (better than a 401 in production).</summary>
internal sealed class BotIdentityOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        var failures = new List<string>();
        string[] types = [BotAppTypes.MultiTenant, BotAppTypes.SingleTenant, BotAppTypes.UserAssignedMsi];
        if (!types.Contains(options.MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", types)}.");
        }
        if (!options.IsAnonymous)
        {
            var msi = string.Equals(options.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase);
            if (!msi && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (unless MicrosoftAppType is UserAssignedMSI).");
            }
            var single = string.Equals(options.MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);
            if ((single || msi) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required for SingleTenant and UserAssignedMSI bots.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
