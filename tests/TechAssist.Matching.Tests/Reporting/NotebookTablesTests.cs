using FluentAssertions;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Scoring;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;
using Xunit;

namespace TechAssist.Matching.Tests.Reporting;

/// <summary>The notebook tables, byte for byte: the notebooks in CI show them, but only these tests check their text.</summary>
public sealed class NotebookTablesTests
{
    [Fact]
    public void Matrix_SumsTheTypesOfACellAndLeavesAMissingCellEmpty()
    {
        // African / Art. 16: two cells of one column (two types), 1 of 2 and 0 of 1 served, one duplicated: 1/3 with
        // the warning sign and both statuses in order. African / Art. 23 has no cell: an empty td.
        // Asia-Pacific & Co / Art. 23: 2 of 2, Met; the row name is encoded.
        var matrix = new NeedsSupplyMatrix
        {
            Options = new MatrixOptions(),
            Rows = ["African", "Asia-Pacific & Co"],
            Columns = ["Art. 16", "Art. 23"],
            Cells =
            [
                Cell("African", "Art. 16", AssistanceType.LegalAdvice, needs: 2, served: 1, CellStatus.PartiallyMet),
                Cell("African", "Art. 16", AssistanceType.LegislativeDrafting, needs: 1, served: 0, CellStatus.Duplicated),
                Cell("Asia-Pacific & Co", "Art. 23", AssistanceType.LegalAdvice, needs: 2, served: 2, CellStatus.Met),
            ],
        };

        var html = NotebookTables.Matrix(matrix);

        html.Should().Be(
            "<table><thead><tr><th scope=\"col\"></th><th scope=\"col\">Art. 16</th><th scope=\"col\">Art. 23</th></tr></thead><tbody>"
            + "<tr><th scope=\"row\">African</th><td title=\"PartiallyMet, Duplicated\">1/3 &#9888;</td><td></td></tr>"
            + "<tr><th scope=\"row\">Asia-Pacific &amp; Co</th><td></td><td title=\"Met\">2/2</td></tr>"
            + "</tbody></table>");
    }

    [Fact]
    public void Matches_WritesARowPerMatchWithItsScoreOutOfTheMaximum()
    {
        var match = new Match
        {
            Need = NeedId.From("KEN-1/16(2)/LEGAL_ADVICE"),
            State = CountryCode.Parse("KEN"),
            Group = RegionalGroup.African,
            Consent = SharingConsent.Public,
            Provision = ProvisionReference.Parse("16(2)"),
            AssistanceType = AssistanceType.LegalAdvice,
            Offering = OfferingId.From("O<1>"),
            Provider = ProviderId.From("P-UNODC"),
            Weight = 140,
            Explanation = Explanation(),
        };

        var html = NotebookTables.Matches([match]);

        html.Should().Be(
            "<table><thead><tr><th>Need</th><th>State</th><th>Provision</th><th>Type</th><th>Offering</th><th>Provider</th><th>Score</th></tr></thead><tbody>"
            + "<tr><td>KEN-1/16(2)/LEGAL_ADVICE</td><td>KEN</td><td>16(2)</td><td>LegalAdvice</td><td>O&lt;1&gt;</td><td>P-UNODC</td><td>70/85</td></tr>"
            + "</tbody></table>");
    }

    [Fact]
    public void Matches_NoMatch_IsAnEmptyTable()
    {
        NotebookTables.Matches([]).Should().Be(
            "<table><thead><tr><th>Need</th><th>State</th><th>Provision</th><th>Type</th><th>Offering</th><th>Provider</th><th>Score</th></tr></thead><tbody></tbody></table>");
    }

    [Fact]
    public void Explanation_WritesEachComponentAndTheTotal()
    {
        // 40 + 30 = 70 points of 40 + 45 = 85.
        var html = NotebookTables.Explanation(Explanation());

        html.Should().Be(
            "<table><thead><tr><th>Component</th><th>Points</th><th>Maximum</th><th>Reason</th></tr></thead><tbody>"
            + "<tr><td>ProvisionFit</td><td>40</td><td>40</td><td>ProvisionExact</td></tr>"
            + "<tr><td>AssistanceType</td><td>30</td><td>45</td><td>AssistanceTypeExact</td></tr>"
            + "<tr><th>Total</th><th>70</th><th>85</th><th></th></tr></tbody></table>");
    }

    [Fact]
    public void EveryTable_RefusesNull()
    {
        ((Action)(() => NotebookTables.Matrix(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => NotebookTables.Matches(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => NotebookTables.Explanation(null!))).Should().Throw<ArgumentNullException>();
    }

    private static MatchExplanation Explanation() => new()
    {
        Components =
        [
            new ScoreComponent { Kind = ScoreComponentKind.ProvisionFit, Points = 40, Maximum = 40, Reason = ScoreReason.ProvisionExact },
            new ScoreComponent { Kind = ScoreComponentKind.AssistanceType, Points = 30, Maximum = 45, Reason = ScoreReason.AssistanceTypeExact },
        ],
    };

    private static MatrixCell Cell(string row, string column, AssistanceType type, int needs, int served, CellStatus status) => new()
    {
        Row = row,
        Column = column,
        AssistanceType = type,
        Needs = needs,
        Served = served,
        Offerings = 1,
        SpareOfferings = 0,
        Status = status,
    };
}
