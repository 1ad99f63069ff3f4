using AllianceBot.Corpus;
using AllianceBot.Prompts.Meaning;

namespace AllianceBot.Training.Tests;

/// <summary>
/// The training program's promise: the same data and seed give the same weights, so a data file in the
/// repository can be traced to the corpus that made it. A slice of the real splits keeps each run short.
/// </summary>
public sealed class ReproducibleTrainingTests
{
    private static readonly ITextEmbedder Embedder = Embedders.Create("minilm");

    [Fact]
    public void Signs_TrainedTwiceOnTheSameDataAndSeed_WriteTheSameFile()
    {
        var train = CorpusFiles.ReadSplit<DebriefCase>("debriefs", "train").Take(120).ToList();
        var dev = CorpusFiles.ReadSplit<DebriefCase>("debriefs", "dev").Take(60).ToList();
        var questions = CorpusFiles.ReadSplit<QuestionText>("questions", "train").Take(40).Select(q => q.Text).ToList();

        var first = SignTrainer.Train(Embedder, train, dev, questions, seed: 17, TextWriter.Null).ToJson();
        var second = SignTrainer.Train(Embedder, train, dev, questions, seed: 17, TextWriter.Null).ToJson();

        Assert.Equal(first, second);
        var file = LinearModelFile.Parse(first);
        Assert.Equal(SignTrainer.Codes, file.Models.Select(m => m.Code));
        // Weights that learned something, not a file of zeros that would match itself trivially.
        Assert.All(file.Models, m => Assert.Contains(m.Weights, w => Math.Abs(w) > 1e-4f));
    }

    [Fact]
    public void Crisis_TrainedTwiceOnTheSameDataAndSeed_WriteTheSameFile()
    {
        var train = CorpusFiles.ReadSplit<CrisisCase>("crisis", "train").Take(160).ToList();
        var dev = CorpusFiles.ReadSplit<CrisisCase>("crisis", "dev").Take(80).ToList();
        var ordinary = CorpusFiles.ReadSplit<DebriefCase>("debriefs", "train").Take(60).Select(d => d.Text).ToList();
        var ordinaryDev = CorpusFiles.ReadSplit<DebriefCase>("debriefs", "dev").Take(60).Select(d => d.Text).ToList();

        var first = CrisisTrainer.Train(Embedder, train, dev, ordinary, ordinaryDev, 17, TextWriter.Null).ToJson();
        var second = CrisisTrainer.Train(Embedder, train, dev, ordinary, ordinaryDev, 17, TextWriter.Null).ToJson();

        Assert.Equal(first, second);
        Assert.Contains(LinearModelFile.Parse(first).Models.Single().Weights, w => Math.Abs(w) > 1e-4f);
    }
}
