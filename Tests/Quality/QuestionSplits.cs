using System.Globalization;
using AllianceBot.Corpus;
using AllianceBot.Prompts;

namespace AllianceBot.Quality;

/// <summary>
/// The question corpus's dev split and, once written, its test split, then latency. The test split
/// is written after the answerer is frozen, and its first run is the figure that counts: that run's
/// figures are kept in Tests/Eval/questions/test-first-run.txt, which later runs only print beside their own.
/// </summary>
public static class QuestionSplits
{
    private const string FirstRunFile = "test-first-run.txt";

    public static void Run(SupervisionEngine engine, bool verbose, TextWriter output)
    {
        var dev = CorpusFiles.ReadSplit<QuestionCase>("questions", "dev");
        QuestionReport.Print("dev split", dev, engine, verbose, output);
        var test = CorpusFiles.ReadSplit<QuestionCase>("questions", "test");
        if (test.Count == 0)
        {
            output.WriteLine("\n(no test split yet: Tests/Eval/questions/test.jsonl is written after the answerer is frozen)");
        }
        else
        {
            var text = new StringWriter();
            QuestionReport.Print("test split", test, engine, verbose, text);
            output.Write(text);
            var record = Path.Combine(CorpusFiles.EvalDirectory(), "questions", FirstRunFile);
            if (!File.Exists(record))
            {
                File.WriteAllText(record, $"First run on the test split, {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, engine {SupervisionEngine.Version}" + text);
                output.WriteLine($"\n(first run on the test split: figures kept in Tests/Eval/questions/{FirstRunFile}; commit it)");
            }
            else
            {
                output.WriteLine($"\n(the figure that counts is the first run's, kept in Tests/Eval/questions/{FirstRunFile})");
            }
        }
        var train = CorpusFiles.ReadSplit<QuestionCase>("questions", "train");
        QuestionLatency.Print(engine, [.. train.Concat(dev).Concat(test).Select(c => (c.Text, c.Previous))], output);
    }
}
