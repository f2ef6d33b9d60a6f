using System.Text.RegularExpressions;
using FluentAssertions;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Matching.Reporting;
using TechAssist.Matching.Samples;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Needs;
using TechAssist.Supply;
using Xunit;
using static TechAssist.Matching.Tests.Testing.Build;

namespace TechAssist.Matching.Tests.Reporting;

public sealed class HtmlReportSectionsTests
{
    /// <summary>
    /// The hand-built case where N1 (KEN, matched to O3 of P-UNODC) also has a delivery recorded by P-ZAF with no
    /// period, so two providers serve it at once; and three African States (KEN, NGA, GHA) need Art. 16 advice.
    /// </summary>
    private static MatchingInput Input => HandBuiltCase.Input with
    {
        Needs =
        [
            .. HandBuiltCase.Input.Needs.Select(n => n.Id == NeedId.From("N1") ? n with { Deliveries = [new NeedDelivery { Provider = ProviderId.From("P-ZAF") }] } : n),
            Need("N9", "KEN", "16(1)", AssistanceType.LegalAdvice),
            Need("N10", "GHA", "16(1)", AssistanceType.LegalAdvice),
        ],
    };

    [Fact]
    public void Render_DuplicatedNeed_IsMarkedInTheMatrixAndListedAsAnAlert()
    {
        var page = ReportFixture.Parse(ReportFixture.Render(Viewer.Secretariat, Input));

        var cell = page.MatrixCells().Single(td => td.Attribute("title")!.Value.StartsWith("African, Art. 23:", StringComparison.Ordinal));
        cell.Attribute("data-status")!.Value.Should().Be("Duplicated");
        cell.Attribute("class")!.Value.Should().Contain("dup");
        cell.Value.Should().StartWith("⚠ ").And.EndWith("duplicate");
        cell.Attribute("title")!.Value.Should().EndWith("(duplicated)");

        var alerts = page.All("section").Single(s => s.Attribute("id")?.Value == "alerts");
        var row = alerts.Descendants(ReportFixture.Xhtml + "tbody").Single().Elements().Single();
        row.Elements().Select(e => e.Value).Should().Equal("African", "Art. 23", "⚠ N1", "P-NOR, P-UNODC, P-ZAF");
    }

    [Fact]
    public void Render_NeedSharedByThreeStatesOfAGroup_IsRecommendedRegionally()
    {
        // N2 (NGA), N9 (KEN), N10 (GHA): Art. 16(1) legal advice in three African States; the regional threshold is 3.
        var page = ReportFixture.Parse(ReportFixture.Render(Viewer.Secretariat, Input));

        var levels = page.All("section").Single(s => s.Attribute("id")?.Value == "levels");
        var rows = levels.Descendants(ReportFixture.Xhtml + "tbody").Single().Elements().ToList();
        rows.Should().ContainSingle();
        rows[0].Elements().Select(e => e.Value).Should().Equal(
            "Art. 16(1)",
            "Legal advice",
            "Regional",
            "African",
            "GHA, KEN, NGA",
            "3 States of the African group share this need (regional delivery from 3 States in one group; global needs 5 States in 3 groups, found 3 in 1)");
        rows[0].Elements().First().Attribute("scope")!.Value.Should().Be("row");
        var headers = levels.Descendants(ReportFixture.Xhtml + "thead").Single().Descendants(ReportFixture.Xhtml + "th").ToList();
        headers.Select(th => th.Value).Should().Equal("Provision", "Assistance", "Level", "Group", "States", "Why");
        headers.Should().OnlyContain(th => th.Attribute("scope")!.Value == "col");
        levels.Descendants(ReportFixture.Xhtml + "p").Single().Value.Should().StartWith("Recommendations: 1 Regional, ");
    }

    [Fact]
    public void Render_RegionalRecommendation_LeavesOutTheConfidentialNeedForThePublic()
    {
        // Without N2 only KEN and GHA share the need: below the regional threshold, so no regional row at all.
        var input = Input with { Needs = [.. Input.Needs.Select(n => n.Consent == SharingConsent.Confidential ? n : n with { Consent = SharingConsent.Public })] };

        var page = ReportFixture.Parse(ReportFixture.Render(Viewer.Public, input));

        var levels = page.All("section").Single(s => s.Attribute("id")?.Value == "levels");
        levels.Descendants(ReportFixture.Xhtml + "tbody").Should().BeEmpty();
    }

    [Fact]
    public void Render_IllustrativeScenarioForThePublic_NamesNoNeedThePublicMayNotSee()
    {
        var scenario = IllustrativeMatchingScenario.Create();
        var engine = MatchingEngine.Create(scenario.Input).GetValueOrThrow();
        var html = HtmlReport.Render(engine, engine.Run(), new HtmlReportOptions { Viewer = Viewer.Public, TopUnmetNeeds = 1000 });
        var page = ReportFixture.Parse(html);

        var hidden = scenario.Input.Needs.Where(n => !n.IsVisibleTo(Viewer.Public)).Select(n => n.Id.ToString()).ToList();
        var shown = page.All("tr").Select(tr => tr.Attribute("data-need")?.Value).OfType<string>().ToHashSet();

        hidden.Should().NotBeEmpty();
        shown.Should().NotBeEmpty();
        shown.Should().BeSubsetOf(scenario.Input.Needs.Where(n => n.IsVisibleTo(Viewer.Public)).Select(n => n.Id.ToString()));
        hidden.Where(id => Regex.IsMatch(html, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])")).Should().BeEmpty();
    }
}
