using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Languages;
using TechAssist.Needs;
using TechAssist.States;
using static TechAssist.Tests.Demand;

namespace TechAssist.Tests.Needs;

public class NeedRecordingTests
{
    private static NeedEntry Entry() => new()
    {
        Id = NeedId.From("KEN-IRM-1"),
        State = CountryCode.Parse("KEN"),
        Provision = ProvisionReference.Parse("52(1)"),
        AssistanceType = AssistanceType.CapacityBuilding,
        Priority = NeedPriority.Medium,
        Identified = new LocalDate(2008, 12, 1),
        Source = NeedSource.FromReviewMechanism("CAC/COSP/IRG/I/1/1/Add.1"),
        Consent = SharingConsent.WithAllProviders,
        Description = "Training for financial investigators",
    };

    [Fact]
    public void Record_ValidEntry_GivesAnOpenNeedWithProvenance()
    {
        var need = NeedRecording.Record(Entry(), "secretariat", Clock()).GetValueOrThrow();

        need.Status.Should().Be(NeedStatus.Open);
        need.StatusHistory.Should().Equal(new NeedStatusChange { Status = NeedStatus.Open, On = new LocalDate(2008, 12, 1) });
        need.Provenance.Should().Equal(new ProvenanceEntry { At = Now, By = "secretariat", Action = ProvenanceAction.Recorded, Note = "ReviewMechanism CAC/COSP/IRG/I/1/1/Add.1" });
        need.Description.Should().Be("Training for financial investigators");
    }

    [Fact]
    public void Record_Wishes_AreKeptOnTheNeed()
    {
        var entry = Entry() with
        {
            PreferredLanguages = [LanguageCode.Parse("fr"), LanguageCode.Parse("en")],
            RequiredLanguage = LanguageCode.Parse("fr"),
            WantedPeriod = new DateInterval(new LocalDate(2009, 1, 1), new LocalDate(2009, 6, 30)),
            Deliveries = [new NeedDelivery { Provider = TechAssist.Supply.ProviderId.From("XM-DAC-7"), Period = new DateInterval(new LocalDate(2008, 6, 1), new LocalDate(2009, 3, 31)) }],
        };

        var need = NeedRecording.Record(entry, "secretariat", Clock()).GetValueOrThrow();

        need.PreferredLanguages.Select(l => l.Value).Should().Equal("fr", "en");
        need.RequiredLanguage!.Value.Value.Should().Be("fr");
        need.WantedPeriod!.End.Should().Be(new LocalDate(2009, 6, 30));
        need.Deliveries.Single().Provider.Value.Should().Be("XM-DAC-7");
        TechAssist.Tests.Testing.JsonRoundTrip.Assert(need);
    }

    [Fact]
    public void Record_BadWishes_AreEachReported()
    {
        var entry = Entry() with
        {
            PreferredLanguages = [default],
            RequiredLanguage = default(LanguageCode),
            Deliveries = [new NeedDelivery { Provider = default }],
        };

        NeedRecording.Record(entry, "secretariat", Clock()).Problems.Select(p => p.ToString()).Should().Equal(
            "requiredLanguage: a required language must be an ISO 639-1 code, or left out",
            "preferredLanguages[0]: a preferred language must be an ISO 639-1 code",
            "deliveries[0].provider: a delivery names its provider");
    }

    [Fact]
    public void Record_BrokenEntry_ListsEveryProblem()
    {
        var entry = Entry() with
        {
            Id = default,
            State = CountryCode.Parse("ABC"),
            Provision = default,
            AssistanceType = (AssistanceType)0,
            Priority = (NeedPriority)9,
            Identified = new LocalDate(2009, 1, 1),
            Source = new NeedSource { Kind = NeedSourceKind.ReviewMechanism },
            Consent = new SharingConsent { Scope = SharingScope.Providers },
        };

        NeedRecording.Record(entry, " ", Clock()).Problems.Select(p => p.ToString()).Should().Equal(
            "id: a need needs an id",
            "state: 'ABC' is not a State in the catalogue of 195 States",
            "provision: a need needs a provision",
            "assistanceType: '0' is not an assistance type",
            "priority: '9' is not a priority (Unstated, High, Medium or Low)",
            "identified: the date identified 2009-01-01 is after today (2008-12-18)",
            "source.reference: a need from the review mechanism names its country report",
            "consent.namedProviders: consent to share with providers names no provider: name at least one or set allProviders",
            "provenance[0].by: say who: an actor id");
    }

    [Fact]
    public void Validate_SourceAndStatusRules_AreEachReported()
    {
        var need = Need("KEN", "16", AssistanceType.LegalAdvice) with
        {
            Source = new NeedSource { Kind = NeedSourceKind.SelfAssessment },
            Status = NeedStatus.Met,
            StatusHistory = EquatableArray.Create(
                new NeedStatusChange { Status = NeedStatus.Planned, On = new LocalDate(2008, 7, 1) },
                new NeedStatusChange { Status = NeedStatus.InDelivery, On = new LocalDate(2008, 6, 1) }),
            Provenance = default,
        };

        NeedValidator.Validate(need, Clock()).Problems.Select(p => p.ToString()).Should().Equal(
            "source.report: a need from a self-assessment names its report",
            "statusHistory[0].status: the status history starts with Planned, not Open",
            "statusHistory[1].on: 2008-06-01 comes before the previous change (2008-07-01)",
            "status: the status Met is not the last entry of the status history (InDelivery)",
            "provenance: a need keeps at least the entry that recorded it");
    }

    [Fact]
    public void Validate_EmptyHistoryUnknownStatusAndSourceKind_AreReported()
    {
        var need = Need("KEN", "16", AssistanceType.LegalAdvice) with
        {
            Source = new NeedSource { Kind = (NeedSourceKind)8 },
            Status = (NeedStatus)0,
            StatusHistory = default,
            Consent = null!,
        };

        NeedValidator.Validate(need, Clock()).Problems.Select(p => p.ToString()).Should().Equal(
            "source.kind: '8' is not a source (SelfAssessment, ReviewMechanism or Direct)",
            "consent: the State's consent to share is missing: Confidential, Providers or Public",
            "status: '0' is not a need status (Open, Planned, InDelivery, Met or Withdrawn)",
            "statusHistory: the status history is empty: it starts with Open on the date identified");
    }

    [Fact]
    public void Validate_MissingStateSourceAndProvenanceEntry_AreReported()
    {
        var need = Need("KEN", "16", AssistanceType.LegalAdvice) with
        {
            State = default,
            Source = null!,
            Provenance = new ProvenanceEntry[] { null! },
        };

        NeedValidator.Validate(need, Clock()).Problems.Select(p => p.ToString()).Should().Equal(
            "state: a need needs the State that needs assistance",
            "source: a need says where it was identified: SelfAssessment, ReviewMechanism or Direct",
            "provenance[0]: a provenance entry is missing");
    }
}
