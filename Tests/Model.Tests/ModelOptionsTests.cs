using AllianceBot.Bot.Model;
using AllianceBot.Prompts.Enrichment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceBot.Model.Tests;

public sealed class ModelOptionsTests
{
    private static ModelOptions Valid => new() { Endpoint = "https://contoso.openai.azure.com/openai/v1/", Deployment = "gpt-4o-mini", ApiKey = "secret-key" };

    private static string[] Errors(ModelOptions options) =>
        new ModelOptionsValidator().Validate(null, options).Failures?.ToArray() ?? [];

    [Fact]
    public void Validate_NothingSet_SucceedsAndIsDisabled()
    {
        Assert.Empty(Errors(new ModelOptions()));
        Assert.False(new ModelOptions().Enabled);
    }

    [Fact]
    public void Validate_KeyConfigured_Succeeds() => Assert.Empty(Errors(Valid));

    [Fact]
    public void Validate_EntraIdOverHttps_Succeeds() => Assert.Empty(Errors(Valid with { ApiKey = null, UseEntraId = true }));

    [Theory]
    [InlineData("contoso.openai.azure.com", "absolute http or https URI")]
    [InlineData("/openai/v1/", "absolute http or https URI")]
    [InlineData("ftp://contoso/openai/v1/", "absolute http or https URI")]
    public void Validate_EndpointNotAbsoluteHttp_FailsNamingTheKey(string endpoint, string expected)
    {
        var error = Assert.Single(Errors(Valid with { Endpoint = endpoint }));
        Assert.Contains("Model:Endpoint", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Validate_BothKeyAndEntraId_Fails() =>
        Assert.Contains(Errors(Valid with { UseEntraId = true }), e => e.Contains("not both", StringComparison.Ordinal));

    [Fact]
    public void Validate_NeitherKeyNorEntraId_Fails() =>
        Assert.Contains(Errors(Valid with { ApiKey = null }), e => e.Contains("Model:ApiKey", StringComparison.Ordinal));

    [Fact]
    public void Validate_EntraIdOverHttp_Fails() =>
        Assert.Contains(Errors(Valid with { ApiKey = null, UseEntraId = true, Endpoint = "http://localhost:8080/openai/v1/" }),
            e => e.Contains("https", StringComparison.Ordinal));

    [Fact]
    public void Validate_EntraIdWithOpenAiProvider_FailsNamingTheProvider() =>
        Assert.Contains(Errors(Valid with { ApiKey = null, UseEntraId = true, Provider = ModelProvider.OpenAI }),
            e => e.Contains("Model:Provider AzureOpenAI", StringComparison.Ordinal));

    [Theory]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", null, ModelProvider.AzureOpenAI)]
    [InlineData("https://contoso.cognitiveservices.azure.com/", null, ModelProvider.AzureOpenAI)]
    [InlineData("https://api.openai.com/v1/", null, ModelProvider.OpenAI)]
    [InlineData("http://127.0.0.1:11434/v1/", null, ModelProvider.OpenAI)]
    [InlineData("https://gateway.example.org/openai/", ModelProvider.AzureOpenAI, ModelProvider.AzureOpenAI)]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", ModelProvider.OpenAI, ModelProvider.OpenAI)]
    public void EffectiveProvider_SetWins_OtherwiseInferredFromHost(string endpoint, ModelProvider? set, ModelProvider expected) =>
        Assert.Equal(expected, (Valid with { Endpoint = endpoint, Provider = set }).EffectiveProvider);

    [Fact]
    public void Validate_EndpointWithoutDeployment_Fails() =>
        Assert.Contains(Errors(Valid with { Deployment = "" }), e => e.Contains("set together", StringComparison.Ordinal));

    [Fact]
    public void Validate_CapBelowOutputTokens_Fails() =>
        Assert.Contains(Errors(Valid with { MaxOutputTokens = 800, MaxTokensPerDebrief = 900 }), e => e.Contains("Model:MaxTokensPerDebrief", StringComparison.Ordinal));

    [Fact]
    public void Validate_Failure_NeverEchoesTheKey() =>
        Assert.All(Errors(Valid with { UseEntraId = true, Endpoint = "nope" }), e => Assert.DoesNotContain("secret-key", e));

    [Fact]
    public void ToString_WithApiKey_RedactsIt()
    {
        var text = Valid.ToString();
        Assert.DoesNotContain("secret-key", text);
        Assert.Contains("ApiKey = ***", text);
        Assert.Contains("gpt-4o-mini", text);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var o = new ModelOptions();
        Assert.Equal((20d, 2, 800, 6000), (o.TimeoutSeconds, o.MaxRetries, o.MaxOutputTokens, o.MaxTokensPerDebrief));
    }

    [Fact]
    public void AddModel_NoEndpoint_RegistersNoModel()
    {
        using var sp = Build(new Dictionary<string, string?>());

        Assert.Same(NoModel.Instance, sp.GetRequiredService<IDebriefEnricher>());
        Assert.Same(NoModel.Instance, sp.GetRequiredService<IQuestionAnswerEnricher>());
        Assert.NotNull(sp.GetRequiredService<BackgroundEnrichmentQueue>());
    }

    [Fact]
    public void AddModel_Configured_RegistersModelServices()
    {
        using var sp = Build(new Dictionary<string, string?>
        {
            ["Model:Endpoint"] = "http://127.0.0.1:11434/v1/",
            ["Model:Deployment"] = "llama3.2",
            ["Model:ApiKey"] = "ollama",
        });

        Assert.IsType<ModelDebriefEnricher>(sp.GetRequiredService<IDebriefEnricher>());
        Assert.IsType<ModelAnswerer>(sp.GetRequiredService<IQuestionAnswerEnricher>());
    }

    [Fact]
    public void AddModel_InvalidSection_FailsWithClearMessage()
    {
        using var sp = Build(new Dictionary<string, string?>
        {
            ["Model:Endpoint"] = "contoso.openai.azure.com",
            ["Model:Deployment"] = "gpt-4o-mini",
            ["Model:ApiKey"] = "secret-key",
            ["Model:UseEntraId"] = "true",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<ModelOptions>>().Value);
        Assert.Contains("Model:Endpoint must be an absolute http or https URI", ex.Message);
        Assert.Contains("not both", ex.Message);
        Assert.DoesNotContain("secret-key", ex.Message);
    }

    [Fact]
    public async Task AddModel_InvalidSection_HostFailsToStart()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Model:Endpoint"] = "https://x.openai.azure.com/openai/v1/" });
        builder.Services.AddModel(builder.Configuration);
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Model:Deployment", ex.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddModel(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }
}
