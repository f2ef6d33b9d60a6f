using System.Text;

namespace TechAssist.Tests.Hostile;

/// <summary>Mutates the valid document of each kind and reads the result: a clear problem or a valid document, never an exception or a hang.</summary>
public class JsonFuzzTests
{
    private const int Cases = 2000;

    [Fact]
    public void Read_MutatedDocuments_GiveProblemsOrAValidDocument()
    {
        var failures = new List<string>();
        var seeds = Corpus.ValidJsonFiles.Select(Corpus.ReadBytes).ToList();
        for (var i = 0; i < Cases && failures.Count < 5; i++)
        {
            var file = Corpus.ValidJsonFiles[i % seeds.Count];
            var kind = DocumentReaders.KindOf(file);
            var (bytes, what) = new Mutator(seed: i).Mutate(seeds[i % seeds.Count]);

            // Odd cases go through the stream entry point with the raw bytes (invalid UTF-8 included), even ones as text.
            var failure = Bounded.Run(() => Expect(i % 2 == 1 ? DocumentReaders.Read(kind, bytes) : DocumentReaders.Read(kind, Encoding.UTF8.GetString(bytes))));
            if (failure is not null)
            {
                failures.Add($"case {i} ({file}: {what}): {failure}{Environment.NewLine}{Mutator.Excerpt(bytes)}");
            }
        }

        failures.Should().BeEmpty();
    }

    private static void Expect(DocumentReaders.Outcome outcome)
    {
        if (!outcome.ReadAsJson)
        {
            outcome.Problems.Should().NotBeEmpty();
            outcome.Problems.Should().OnlyContain(p => p.Path.StartsWith('$'), because: "a JSON problem says where it is");
        }
    }
}
