using NodaTime;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Consent;
using TechAssist.Needs;
using TechAssist.Reports;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Needs;

public class NeedDerivationTests
{
    private static SelfAssessmentReport Kenya(params ChecklistAnswer[] answers) => Report("KEN", answers) with { Consent = SharingConsent.Public };

    private static readonly ChecklistAnswer[] Answers =
    [
        Answer("16", Compliance.Partial, AssistanceType.Technology, AssistanceType.LegalAdvice) with { Priority = NeedPriority.High, AsksForGenderResponsiveness = true },
        Answer("17", Compliance.Full),
        Answer("15", Compliance.None, AssistanceType.LegislativeDrafting),
    ];

    [Fact]
    public void FromReport_OneNeedPerAnswerAndType_WithDeterministicIds()
    {
        var needs = NeedDerivation.FromReport(Kenya(Answers), Now, "state:KEN");

        needs.Select(n => n.Id.Value).Should().Equal(
            "KEN-2008/15/LEGISLATIVE_DRAFTING",
            "KEN-2008/16/LEGAL_ADVICE",
            "KEN-2008/16/TECHNOLOGY");
        var legalAdvice = needs[1];
        legalAdvice.State.Value.Should().Be("KEN");
        legalAdvice.AssistanceType.Should().Be(AssistanceType.LegalAdvice);
        legalAdvice.Priority.Should().Be(NeedPriority.High);
        legalAdvice.AsksForGenderResponsiveness.Should().BeTrue();
        legalAdvice.Identified.Should().Be(new LocalDate(2008, 6, 2));
        legalAdvice.Source.Should().Be(NeedSource.FromSelfAssessment(ReportId.From("KEN-2008")));
        legalAdvice.Consent.Should().Be(SharingConsent.Public);
        legalAdvice.Status.Should().Be(NeedStatus.Open);
        legalAdvice.StatusHistory.Should().Equal(new NeedStatusChange { Status = NeedStatus.Open, On = new LocalDate(2008, 6, 2) });
        legalAdvice.Provenance.Should().Equal(new ProvenanceEntry { At = Now, By = "state:KEN", Action = ProvenanceAction.Derived, Note = "derived from self-assessment report KEN-2008" });
        needs.Should().OnlyContain(n => NeedValidator.Validate(n, Clock()).IsValid);
    }

    [Fact]
    public void FromReport_AnyOrderOfAnswersAndTypes_GivesTheSameNeeds()
    {
        var reordered = new[]
        {
            Answers[2],
            Answers[1],
            Answers[0] with { AssistanceTypes = new[] { AssistanceType.LegalAdvice, AssistanceType.Technology } },
        };

        NeedDerivation.FromReport(Kenya(reordered), Now, "state:KEN").Should().Equal(NeedDerivation.FromReport(Kenya(Answers), Now, "state:KEN"));
    }

    [Fact]
    public void FromReport_Draft_IsRefused()
    {
        var draft = Kenya(Answers) with { Status = ReportStatus.Draft, SubmissionDate = null };

        FluentActions.Invoking(() => NeedDerivation.FromReport(draft, Now, "x")).Should().Throw<ArgumentException>().WithMessage("*only submitted and final reports yield needs*");
    }

    [Fact]
    public void FromReports_OrdersByReportId()
    {
        var nigeria = Report("NGA", Answer("15", Compliance.None, AssistanceType.OnSiteExpert));

        NeedDerivation.FromReports([nigeria, Kenya(Answers)], Now, "secretariat").Select(n => n.Id.Value).Should().Equal(
            "KEN-2008/15/LEGISLATIVE_DRAFTING",
            "KEN-2008/16/LEGAL_ADVICE",
            "KEN-2008/16/TECHNOLOGY",
            "NGA-2008/15/ONSITE_EXPERT");
    }
}
