using TechAssist.Consent;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Needs;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests.Matrix;

public class NeedsSupplyMatrixTests
{
    private static readonly MatrixOptions ByStateAndArticle = new() { Rows = MatrixRows.State, Columns = MatrixColumns.Article, SplitByAssistanceType = false };

    [Fact]
    public void Matrix_ByStateAndArticle_CountsNeedsServedAndSupply()
    {
        // The optimal run serves N1 (O3), N5 (O2) and N6 (O1); N7 lost O1 to N6. Kenya x 23 holds N1, N5, N6, N7.
        var engine = HandBuiltCase.Engine();
        var matrix = engine.BuildMatrix(engine.Run(), ByStateAndArticle, Viewer.Secretariat);

        matrix.Cells.Select(c => c.ToString()).Should().Equal(
            "BRA x 23: 0/1 Unmet",
            "DEU x 23: 0/1 Unmet",
            "KEN x 5: 0/1 Unmet",
            "KEN x 23: 3/4 PartiallyMet",
            "NGA x 16: 0/1 Unmet");
        var kenya = matrix.Cells.Single(c => c.Row == "KEN" && c.Column == "23");
        kenya.Offerings.Should().Be(3);
        kenya.SpareOfferings.Should().Be(1, because: "O1 and O2 are full, O3 serves 1 of 5");
        kenya.Providers.Select(p => p.Value).Should().Equal("P-NOR", "P-UNODC", "P-ZAF");
        matrix.Rows.Should().Equal("BRA", "DEU", "KEN", "NGA");
        matrix.Columns.Should().Equal("5", "16", "23");
    }

    [Fact]
    public void Matrix_TwoProvidersOnOneNeedAtOnce_IsACoordinationAlert()
    {
        // N5 is matched to O2 (South Africa) while Norway reports delivering it too, with no period: they overlap.
        var input = HandBuiltCase.Input with
        {
            Needs = [.. HandBuiltCase.Input.Needs.Select(n => n.Id.Value == "N5" ? n with { Deliveries = [new NeedDelivery { Provider = ProviderId.From("P-NOR") }] } : n)],
        };
        var engine = MatchingEngine.Create(input).GetValueOrThrow();

        var cell = engine.BuildMatrix(engine.Run(), ByStateAndArticle, Viewer.Secretariat).Cells.Single(c => c.Row == "KEN" && c.Column == "23");

        cell.Status.Should().Be(CellStatus.Duplicated);
        cell.DuplicatedNeeds.Select(n => n.Value).Should().Equal("N5");
    }

    [Fact]
    public void Matrix_ByRegionalGroupAndThematicArea_AggregatesStates()
    {
        var engine = HandBuiltCase.Engine();
        var matrix = engine.BuildMatrix(engine.Run(), new MatrixOptions { Rows = MatrixRows.RegionalGroup, Columns = MatrixColumns.ThematicArea, SplitByAssistanceType = false }, Viewer.Secretariat);

        // Article 5 is prevention; 16 and 23 are criminalization. African: KEN and NGA.
        matrix.Cells.Select(c => c.ToString()).Should().Equal(
            "African x Prevention: 0/1 Unmet",
            "African x CriminalizationAndLawEnforcement: 3/5 PartiallyMet",
            "LatinAmericanAndCaribbean x CriminalizationAndLawEnforcement: 0/1 Unmet",
            "WesternEuropeanAndOthers x CriminalizationAndLawEnforcement: 0/1 Unmet");
    }

    [Fact]
    public void Matrix_SupplyWithoutDemand_IsOversupplied()
    {
        var input = HandBuiltCase.Input with
        {
            Offerings = [.. HandBuiltCase.Input.Offerings, Build.Offering("O4", "P-NOR", Scope.Bilateral(Build.State("KEN")), Coverage.OfProvisions(Build.Provision("60")), [TechAssist.Assistance.AssistanceType.Technology], 2)],
        };
        var engine = MatchingEngine.Create(input).GetValueOrThrow();

        var cell = engine.BuildMatrix(engine.Run(), ByStateAndArticle, Viewer.Secretariat).Cells.Single(c => c.Column == "60");

        cell.ToString().Should().Be("KEN x 60: 0/0 Oversupplied");
        cell.Offerings.Should().Be(1);
    }

    [Fact]
    public void Matrix_ForAViewer_LeavesOutNeedsTheyMayNotSee()
    {
        var engine = HandBuiltCase.Engine();
        var result = engine.Run();

        var norway = engine.BuildMatrix(result, ByStateAndArticle, Viewer.ForProvider(ProviderId.From("P-NOR")));
        var southAfrica = engine.BuildMatrix(result, ByStateAndArticle, Viewer.ForProvider(ProviderId.From("P-ZAF")));
        var everyone = engine.BuildMatrix(result, ByStateAndArticle, Viewer.Public);

        // N2 (Nigeria) is confidential; N6 and N7 are shared with Norway alone; nothing is public.
        norway.Cells.Select(c => c.ToString()).Should().NotContain(c => c.StartsWith("NGA", StringComparison.Ordinal));
        norway.Cells.Single(c => c.Row == "KEN" && c.Column == "23").Needs.Should().Be(4);
        southAfrica.Cells.Single(c => c.Row == "KEN" && c.Column == "23").Needs.Should().Be(2);
        everyone.Cells.Should().BeEmpty(because: "no need is public, and O1's cell holds hidden needs, so it is not shown as supply without demand");
    }
}
