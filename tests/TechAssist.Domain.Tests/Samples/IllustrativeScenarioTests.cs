using TechAssist.Checklists;
using TechAssist.Reports;
using TechAssist.Reviews;
using TechAssist.Samples;
using TechAssist.Serialization;
using TechAssist.States;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Samples;

public class IllustrativeScenarioTests
{
    [Fact]
    public void Create_FollowsThe2008ResponsePattern()
    {
        var scenario = IllustrativeScenario.Create();

        var review = ResponseRateReview.Compute(scenario.Statuses, scenario.Groups, scenario.Reports, scenario.At, ReviewCycleChecklists.FirstCycleId);

        review.ToRows().Select(r => (r.Group, r.Reporting, r.Parties, r.Percent)).Should().Equal(
            ("All", 70, 127, 55),
            ("African", 11, 35, 31),
            ("AsiaPacific", 13, 31, 42),
            ("EasternEuropean", 12, 16, 75),
            ("LatinAmericanAndCaribbean", 14, 20, 70),
            ("WesternEuropeanAndOthers", 20, 25, 80));
        scenario.Label.Should().Be("Illustrative data (generated, seed 2008), not real");
    }

    [Fact]
    public void Create_ReportsAreValidAndNeedsDerived()
    {
        var scenario = IllustrativeScenario.Create(7);

        new SelfAssessmentReportDocument { Reports = scenario.Reports }.Import(Clock()).Problems.Should().BeEmpty();
        scenario.Needs.Should().NotBeEmpty();
        scenario.Needs.Should().OnlyContain(n => n.Id.Value.Contains("-ILLUSTRATIVE/", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_SameSeed_SameData_OtherSeed_OtherData()
    {
        var first = IllustrativeScenario.Create(11);
        var again = IllustrativeScenario.Create(11);
        var other = IllustrativeScenario.Create(12);

        TechAssistJson.Serialize(again.Reports).Should().Be(TechAssistJson.Serialize(first.Reports));
        again.Needs.Should().Equal(first.Needs);
        again.Statuses.Statuses.Should().Equal(first.Statuses.Statuses);
        other.Reports.Should().NotEqual(first.Reports);
    }
}
