using TechAssist.Iati;
using TechAssist.Supply;
using TechAssist.Tests.Iati;

namespace TechAssist.Tests.Hostile;

/// <summary>Mutates the real IATI examples and imports them: errors or offerings, never an exception or a hang.</summary>
public class IatiFuzzTests
{
    private const int Cases = 500;

    private static readonly string[] Files =
    [
        "activity-standard-example-annotated.xml",
        "iatikit-fixture-org-activities-2.03.xml",
        "nl-mfa-governance-activities-2.03.xml",
        "organisation-standard-example-annotated.xml",
        "iatikit-fixture-org-activities2-legacy-1.05.xml",
    ];

    [Fact]
    public void Import_MutatedExamples_GivesErrorsOrOfferings()
    {
        var failures = new List<string>();
        var originals = Files.Select(f => File.ReadAllBytes(IatiExamples.PathOf(f))).ToList();
        for (var i = 0; i < Cases && failures.Count < 5; i++)
        {
            var file = Files[i % Files.Length];
            var (bytes, what) = new Mutator(seed: 100_000 + i).Mutate(originals[i % Files.Length]);

            var failure = Bounded.Run(() => Expect(Import(bytes, file)));
            if (failure is not null)
            {
                failures.Add($"case {i} ({file}: {what}): {failure}{Environment.NewLine}{Mutator.Excerpt(bytes)}");
            }
        }

        failures.Should().BeEmpty();
    }

    private static IatiImportResult Import(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return IatiImporter.Import(stream, fileName);
    }

    private static void Expect(IatiImportResult result)
    {
        result.Errors.Where(e => e.Line < 0 || string.IsNullOrWhiteSpace(e.Reason)).Should().BeEmpty(because: "an error says where and why");
        foreach (var offering in result.Offerings)
        {
            OfferingValidator.Validate(offering).Problems.Should().BeEmpty(because: $"{offering.Id} was imported");
            result.Providers.Select(p => p.Id).Should().Contain(offering.Provider);
        }
    }
}
