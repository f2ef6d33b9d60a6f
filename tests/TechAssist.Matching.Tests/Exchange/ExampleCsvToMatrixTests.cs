using NodaTime;
using NodaTime.Testing;
using TechAssist.Assistance;
using TechAssist.Exchange;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Needs;
using TechAssist.Serialization;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests.Exchange;

/// <summary>The path docs/csv.md shows a newcomer: the example CSV files, read and matched, to a matrix.</summary>
public sealed class ExampleCsvToMatrixTests
{
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2009, 7, 1, 0, 0));

    [Fact]
    public void ExampleFiles_ReadWithoutProblems_AndMatchAsTheDocsSay()
    {
        var (engine, problems) = Build();
        var result = engine.Run();

        problems.Should().BeEmpty();
        // KEN legal advice on 16(2) and PER drafting on 31: the global chapter III offering; KEN training on 52(1):
        // the Netherlands' African workshop. FRA's model agreements on 46(9)(b): no offering covers chapter IV.
        result.Matches.Select(m => (m.Need.Value, m.Offering.Value)).Should().BeEquivalentTo(
        [
            ("KEN-2008/16(2)/LEGAL_ADVICE", "UNODC-GLOBAL-1"),
            ("KEN-2008/52(1)/CAPACITY_BUILDING", "NL-AFR-1"),
            ("PER-IRM-1", "UNODC-GLOBAL-1"),
        ]);
        result.Unassigned.Should().ContainSingle().Which.Should().Match<UnassignedNeed>(u => u.Need == NeedId.From("FRA-D-1") && u.Reason == UnassignedReason.NoOfferingFound);
    }

    [Fact]
    public void ExampleFiles_TrainingInKenya_ScoresAsTheWeightsAdd()
    {
        var (engine, _) = Build();

        var match = engine.Run().Matches.Single(m => m.Need == NeedId.From("KEN-2008/52(1)/CAPACITY_BUILDING"));

        // Exact provision 40, exact type 30, regional scope 10, no language or period asked 10 + 10, the Netherlands
        // is no South-South partner 0, gender a significant objective of the offering 2 (of 5).
        match.Score.Should().Be(40 + 30 + 10 + 10 + 10 + 0 + 2);
        match.Explanation.Maximum.Should().Be(40 + 30 + 15 + 10 + 10 + 5 + 5);
    }

    [Fact]
    public void ExampleFiles_Matrix_HasTheFourNeedsInTheirCells()
    {
        var (engine, _) = Build();

        var matrix = engine.BuildMatrix(engine.Run());
        using var csv = new StringWriter();
        MatrixCsv.Write(csv, matrix);

        var withNeeds = matrix.Cells.Where(c => c.Needs > 0).Select(c => (c.Row, c.Column, c.AssistanceType, c.Status));
        withNeeds.Should().BeEquivalentTo(
        [
            ("African", "16", (AssistanceType?)AssistanceType.LegalAdvice, CellStatus.Met),
            ("African", "52", AssistanceType.CapacityBuilding, CellStatus.Met),
            ("LatinAmericanAndCaribbean", "31", AssistanceType.LegislativeDrafting, CellStatus.Met),
            ("WesternEuropeanAndOthers", "46", AssistanceType.ModelAgreements, CellStatus.Unmet),
        ]);
        csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(matrix.Cells.Count + 1, "a header and one line per cell");
    }

    private static (MatchingEngine Engine, List<string> Problems) Build()
    {
        using var needsFile = File.OpenRead(Example("needs.csv"));
        using var providersFile = File.OpenRead(Example("providers.csv"));
        using var offeringsFile = File.OpenRead(Example("offerings.csv"));
        var needs = NeedsCsv.Read(needsFile, "needs.csv", recordedBy: "test", Clock);
        var providers = ProvidersCsv.Read(providersFile, "providers.csv");
        var offerings = OfferingsCsv.Read(offeringsFile, "offerings.csv");
        var statuses = TechAssistJson.Deserialize<ConventionStatusDocument>(File.ReadAllText(Example("statuses-illustrative.json"))).GetValueOrThrow();
        var problems = needs.Problems.Concat(providers.Problems).Concat(offerings.Problems).Select(p => p.ToString()).ToList();

        var engine = MatchingEngine.Create(new MatchingInput
        {
            AsOf = new LocalDate(2009, 6, 30),
            Statuses = statuses.ToTable().GetValueOrThrow(),
            Needs = needs.Accepted,
            Providers = providers.Accepted,
            Offerings = offerings.Accepted,
        }).GetValueOrThrow();
        return (engine, problems);
    }

    private static string Example(string name) => RepositoryFiles.PathOf("docs", "examples", name);
}
