using NodaTime;
using TechAssist.Checklists;
using TechAssist.Reports;
using TechAssist.Reviews;
using TechAssist.States;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Reviews;

public class ComplianceReviewTests
{
    // KEN and NGA (African), FRA (WEOG), BRA (GRULAC). BRA's earlier report (15 Partial, 16 None) is superseded by its
    // later one (15 Full only); its draft (15 None) never counts.
    private static List<SelfAssessmentReport> Reports() =>
    [
        Report("KEN", Answer("15", Compliance.Full), Answer("16", Compliance.None)),
        Report("NGA", Answer("15", Compliance.Partial), Answer("16", Compliance.None)),
        Report("FRA", Answer("15", Compliance.Full), Answer("16", Compliance.NotApplicable)),
        Report("BRA", Answer("15", Compliance.Partial), Answer("16", Compliance.None)) with { Id = ReportId.From("BRA-1"), SubmissionDate = new LocalDate(2007, 3, 1) },
        Report("BRA", Answer("15", Compliance.Full)) with { Id = ReportId.From("BRA-2") },
        Report("BRA", Answer("15", Compliance.None)) with { Id = ReportId.From("BRA-3"), Status = ReportStatus.Draft, SubmissionDate = null },
    ];

    [Fact]
    public void Compute_CountsEachLevelOverallAndPerGroup()
    {
        var review = ComplianceReview.Compute(Reports(), ReviewCycleChecklists.FirstCycleId, RegionalGroupTable.Default, new LocalDate(2008, 12, 18));

        review.Reports.Should().Be(4);
        review.Provisions.Select(p => p.Provision.Code).Should().Equal("15", "16");
        var article15 = review.Provisions[0];
        article15.Overall.Should().Be(new ComplianceTally { Full = 3, Partial = 1 });
        article15.Groups.Select(g => (g.Group, g.Tally.Full, g.Tally.Partial, g.Tally.None)).Should().Equal(
            (RegionalGroup.African, 1, 1, 0),
            (RegionalGroup.LatinAmericanAndCaribbean, 1, 0, 0),
            (RegionalGroup.WesternEuropeanAndOthers, 1, 0, 0));
        var article16 = review.Provisions[1];
        article16.Overall.Should().Be(new ComplianceTally { None = 2, NotApplicable = 1 });
        article16.Overall.Total.Should().Be(3);
        article16.Overall[Compliance.None].Should().Be(2);
    }

    [Fact]
    public void Compute_BeforeTheLaterReport_CountsTheEarlierOne()
    {
        var review = ComplianceReview.Compute(Reports(), ReviewCycleChecklists.FirstCycleId, RegionalGroupTable.Default, new LocalDate(2007, 12, 31));

        review.Reports.Should().Be(1);
        review.Provisions[0].Overall.Should().Be(new ComplianceTally { Partial = 1 });
    }

    [Fact]
    public void ToRows_GivesAllThenEachGroupPerProvision()
    {
        var rows = ComplianceReview.Compute(Reports(), ReviewCycleChecklists.FirstCycleId, RegionalGroupTable.Default, null).ToRows();

        rows.Select(r => $"{r.Provision} {r.Article} {r.Group} {r.Full} {r.Partial} {r.None} {r.NotApplicable}").Should().Equal(
            "15 15 All 3 1 0 0",
            "15 15 African 1 1 0 0",
            "15 15 LatinAmericanAndCaribbean 1 0 0 0",
            "15 15 WesternEuropeanAndOthers 1 0 0 0",
            "16 16 All 0 0 2 1",
            "16 16 African 0 0 2 0",
            "16 16 WesternEuropeanAndOthers 0 0 0 1");
    }

    [Fact]
    public void Compute_ParagraphChecklist_SumsAnswersPerArticle()
    {
        var paragraphs = new ChecklistDocument
        {
            Id = "paragraphs",
            Version = 1,
            Title = "Article 52 by paragraph",
            Items = new[] { new ChecklistItemDocument { Provision = "52(1)" }, new ChecklistItemDocument { Provision = "52(2)" } },
        }.ToChecklist().GetValueOrThrow();
        SelfAssessmentReport On(SelfAssessmentReport report) => report with { Checklist = paragraphs.Id };
        var reports = new[]
        {
            On(Report("KEN", Answer("52(1)", Compliance.Full), Answer("52(2)", Compliance.None))),
            On(Report("FRA", Answer("52(1)", Compliance.Full), Answer("52(2)", Compliance.Partial))),
        };

        var review = ComplianceReview.Compute(reports, paragraphs.Id, RegionalGroupTable.Default, null);

        review.Provisions.Select(p => p.Provision.Code).Should().Equal("52(1)", "52(2)");
        review.Articles.Should().ContainSingle().Which.Overall.Should().Be(new ComplianceTally { Full = 2, Partial = 1, None = 1 });
        review.ToArticleRows().Select(r => $"{r.Provision} {r.Group} {r.Full} {r.Partial} {r.None}").Should().Equal(
            "52 All 2 1 1",
            "52 African 1 0 1",
            "52 WesternEuropeanAndOthers 1 1 0");
    }
}
