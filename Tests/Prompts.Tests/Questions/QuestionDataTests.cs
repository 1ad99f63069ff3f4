using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;
using AllianceBot.Prompts.Questions;

namespace AllianceBot.Prompts.Tests.Questions;

/// <summary>The answerer's data files agree with the knowledge base and the features they were trained on.</summary>
public sealed class QuestionDataTests
{
    [Fact]
    public void StoredVectors_CoverEveryPassageView_SoNothingIsEmbeddedAtStart()
    {
        var kb = KnowledgeBaseLoader.LoadEmbedded();
        var stored = QuestionVectorFile.LoadEmbedded();

        Assert.NotNull(stored);
        Assert.Equal(MiniLmEmbedder.Name, stored.EmbeddingModel);
        // A knowledge-base edit without a retrain shows here (Tests/Training questions writes the vectors).
        var missing = PassageViews.For(kb).Select(v => v.Text).Concat(NotCoveredExamples.LoadEmbedded())
            .Where(t => !stored.Texts.ContainsKey(VectorCodec.Hash(t))).ToList();
        Assert.Empty(missing);
        Assert.NotEmpty(stored.Examples);
        Assert.All(stored.Examples.SelectMany(e => e.Codes), code => Assert.True(kb.Contains(code), code));
    }

    [Fact]
    public void Scorers_TrainedOnOtherFeatures_AreRefusedAtStart()
    {
        var file = LinearModelFile.LoadEmbedded(typeof(QuestionScorers).Assembly, QuestionScorers.ResourceName)!;
        var rank = file.Models.Single(m => m.Code == "RANK");
        file.Models = [rank with { ExtraFeatures = [.. rank.ExtraFeatures.Skip(1)] }, file.Models.Single(m => m.Code == "SCOPE")];

        var error = Assert.Throws<KnowledgeBaseException>(() => QuestionScorers.From(file, MiniLmEmbedder.Name));
        Assert.Contains("other features", error.Message);
        Assert.Throws<KnowledgeBaseException>(() => QuestionScorers.From(LinearModelFile.Parse(file.ToJson()), "another-model"));
    }

    [Fact]
    public void VectorCodec_RoundTrip_KeepsTheCosine()
    {
        var v = new float[384];
        for (var i = 0; i < v.Length; i++) v[i] = MathF.Sin(i) / 13.9f;

        var back = VectorCodec.Decode(VectorCodec.Encode(v));

        Assert.Equal(v.Length, back.Length);
        Assert.InRange(Vectors.Dot(v, back) / Vectors.Dot(v, v), 0.999f, 1.001f);
    }
}
