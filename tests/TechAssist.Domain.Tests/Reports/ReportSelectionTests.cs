using NodaTime;
using TechAssist.Checklists;
using TechAssist.Reports;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Reports;

public class ReportSelectionTests
{
    [Fact]
    public void InForce_LaterReportSupersedes_DraftsAndLaterDatesLeftOut()
    {
        var early = Report("KEN") with { Id = ReportId.From("KEN-1"), SubmissionDate = new LocalDate(2007, 5, 1) };
        var late = Report("KEN") with { Id = ReportId.From("KEN-2"), SubmissionDate = new LocalDate(2008, 5, 1), Status = ReportStatus.Submitted };
        var draft = Report("KEN") with { Id = ReportId.From("KEN-3"), SubmissionDate = null, Status = ReportStatus.Draft };
        var future = Report("NGA") with { SubmissionDate = new LocalDate(2009, 1, 5) };

        ReportSelection.InForce([late, draft, early, future], new LocalDate(2008, 12, 18)).Should().Equal(late);
        ReportSelection.InForce([early, draft, future, late], new LocalDate(2007, 12, 31)).Should().Equal(early);
        ReportSelection.InForce([future, early], null).Should().Equal(early, future);
    }

    [Fact]
    public void InForce_SameDay_FinalBeatsSubmitted_ThenGreaterId()
    {
        var submitted = Report("KEN") with { Id = ReportId.From("KEN-Z"), Status = ReportStatus.Submitted };
        var finalA = Report("KEN") with { Id = ReportId.From("KEN-A") };
        var finalB = Report("KEN") with { Id = ReportId.From("KEN-B") };

        ReportSelection.InForce([submitted, finalA, finalB], null).Should().Equal(finalB);
        ReportSelection.InForce([finalB, submitted, finalA], null).Should().Equal(finalB);
    }

    [Fact]
    public void InForce_ByChecklist_KeepsOnePerStateAndChecklist()
    {
        var first = Report("KEN");
        var second = Report("KEN") with { Id = ReportId.From("KEN-C2"), Checklist = ReviewCycleChecklists.SecondCycleId };

        ReportSelection.InForce([second, first], null).Should().Equal(first, second);
        ReportSelection.InForce([second, first], ReviewCycleChecklists.SecondCycleId, null).Should().Equal(second);
    }
}
