using NodaTime;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Needs;
using TechAssist.Supply;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Needs;

public class NeedTests
{
    private static readonly Instant Later = Instant.FromUtc(2009, 2, 1, 10, 0);

    [Fact]
    public void ChangeStatus_Allowed_ReturnsANewNeedWithHistoryAndProvenance()
    {
        var need = Need("KEN", "16", AssistanceType.LegalAdvice);

        var planned = need.ChangeStatus(NeedStatus.Planned, new LocalDate(2009, 2, 1), "secretariat", Later, "workshop in Nairobi");

        need.Status.Should().Be(NeedStatus.Open, "needs are immutable");
        planned.Status.Should().Be(NeedStatus.Planned);
        planned.StatusHistory.Select(c => (c.Status, c.On)).Should().Equal((NeedStatus.Open, new LocalDate(2008, 6, 2)), (NeedStatus.Planned, new LocalDate(2009, 2, 1)));
        planned.Provenance.Should().HaveCount(2);
        planned.Provenance[1].Should().Be(new ProvenanceEntry
        {
            At = Later,
            By = "secretariat",
            Action = ProvenanceAction.StatusChanged,
            Field = "status",
            Note = "Open -> Planned on 2009-02-01: workshop in Nairobi",
        });
        NeedValidator.Validate(planned, new NodaTime.Testing.FakeClock(Later)).IsValid.Should().BeTrue();
    }

    [Fact]
    public void ChangeStatus_Illegal_ThrowsAndSaysWhatIsAllowed()
    {
        var met = Need("KEN", "16", AssistanceType.LegalAdvice, NeedStatus.Met);

        FluentActions.Invoking(() => met.ChangeStatus(NeedStatus.Planned, new LocalDate(2009, 2, 1), "secretariat", Later))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("Need KEN/16/LEGAL_ADVICE cannot go from Met to Planned: from Met it can go to Open.");
    }

    [Fact]
    public void ChangeStatus_SameStatus_IsIllegal()
    {
        FluentActions.Invoking(() => Need("KEN", "16", AssistanceType.LegalAdvice).ChangeStatus(NeedStatus.Open, new LocalDate(2009, 2, 1), "s", Later))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("Need KEN/16/LEGAL_ADVICE cannot go from Open to Open: from Open it can go to Planned, InDelivery, Met, Withdrawn.");
    }

    [Fact]
    public void ChangeStatus_BeforeTheLastChange_Throws()
    {
        FluentActions.Invoking(() => Need("KEN", "16", AssistanceType.LegalAdvice).ChangeStatus(NeedStatus.Planned, new LocalDate(2008, 6, 1), "s", Later))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("Need KEN/16/LEGAL_ADVICE cannot change status on 2008-06-01: its last change was on 2008-06-02.");
    }

    [Theory]
    [InlineData(NeedStatus.Open, NeedStatus.Planned, true)]
    [InlineData(NeedStatus.Open, NeedStatus.Met, true)]
    [InlineData(NeedStatus.Planned, NeedStatus.Met, false)]
    [InlineData(NeedStatus.InDelivery, NeedStatus.Met, true)]
    [InlineData(NeedStatus.InDelivery, NeedStatus.Open, false)]
    [InlineData(NeedStatus.Withdrawn, NeedStatus.Open, true)]
    [InlineData(NeedStatus.Met, NeedStatus.Withdrawn, false)]
    public void CanChangeTo_FollowsTheDocumentedTransitions(NeedStatus from, NeedStatus to, bool allowed) =>
        Need("KEN", "16", AssistanceType.LegalAdvice, from).CanChangeTo(to).Should().Be(allowed);

    [Fact]
    public void IsVisibleTo_FollowsTheConsent()
    {
        var need = Need("KEN", "16", AssistanceType.LegalAdvice) with { Consent = SharingConsent.WithProviders(ProviderId.From("UNODC")) };

        need.IsVisibleTo(Viewer.ForProvider(ProviderId.From("UNODC"))).Should().BeTrue();
        need.IsVisibleTo(Viewer.ForProvider(ProviderId.From("UNDP"))).Should().BeFalse();
        need.IsVisibleTo(Viewer.Public).Should().BeFalse();
    }
}
