using AllianceBot.Prompts.Knowledge;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Prompts.Questions;

/// <summary>
/// The two trained scorers of Questions/Data/question-model.json (written by Tests/Training):
/// RANK weighs a passage's lexical and dense signals into one relevance score (the fusion), SCOPE
/// decides from the message's best scores whether the material answers it at all, with a
/// threshold calibrated on the dev split. A file trained on other features or another embedding
/// model is refused at start: its weights would mean nothing.
/// </summary>
internal sealed record QuestionScorers(LinearModel Rank, LinearModel Scope)
{
    public const string ResourceName = "AllianceBot.Prompts.Questions.Data.question-model.json";

    public static QuestionScorers LoadEmbedded(string embeddingModel)
    {
        var file = LinearModelFile.LoadEmbedded(typeof(QuestionScorers).Assembly, ResourceName)
            ?? throw new KnowledgeBaseException("Questions/Data/question-model.json is not embedded: run Tests/Training questions.");
        return From(file, embeddingModel);
    }

    public static QuestionScorers From(LinearModelFile file, string embeddingModel)
    {
        if (file.EmbeddingModel != embeddingModel)
            throw new KnowledgeBaseException($"question-model.json was trained on {file.EmbeddingModel}, not {embeddingModel}: run Tests/Training questions.");
        var rank = Find(file, "RANK", RetrievalFeatures.PassageNames);
        var scope = Find(file, "SCOPE", RetrievalFeatures.ScopeNames);
        return new QuestionScorers(rank, scope);
    }

    public Retrieval Apply(QuestionReading reading, IReadOnlyList<KnowledgePassage> passages, bool namedCode)
    {
        var ranked = reading.Passages
            .Select((row, k) => (Passage: k, Score: Rank.Probability(row)))
            .OrderByDescending(r => r.Score).ThenBy(r => passages[r.Passage].Code, StringComparer.Ordinal)
            .ToList();
        var top = ranked.Count > 0 ? ranked[0].Score : 0f;
        var second = ranked.Count > 1 ? ranked[1].Score : 0f;
        var inScope = Scope.Probability(reading.ScopeFeatures(top, second));
        // A code named outright ("what does P8 say?") is in scope whatever the scores.
        return new Retrieval(ranked, inScope, namedCode || inScope >= Scope.Threshold);
    }

    private static LinearModel Find(LinearModelFile file, string code, IReadOnlyList<string> features)
    {
        var model = file.Models.FirstOrDefault(m => m.Code == code)
            ?? throw new KnowledgeBaseException($"question-model.json has no {code} scorer: run Tests/Training questions.");
        if (!model.ExtraFeatures.SequenceEqual(features) || model.Weights.Length != features.Count)
            throw new KnowledgeBaseException($"question-model.json's {code} scorer was trained on other features: run Tests/Training questions.");
        return model;
    }
}

/// <summary>Passages by relevance (index into the knowledge base, probability), and whether the material covers the message.</summary>
internal sealed record Retrieval(IReadOnlyList<(int Passage, float Score)> Ranked, float InScope, bool Covered);
