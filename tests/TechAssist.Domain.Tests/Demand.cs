using NodaTime;
using NodaTime.Testing;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.States;

namespace TechAssist.Tests;

/// <summary>Small builders for the demand-side tests: reports, answers and needs with sensible defaults.</summary>
internal static class Demand
{
    /// <summary>18 December 2008, 09:00 UTC: the Working Group's second meeting.</summary>
    internal static readonly Instant Now = Instant.FromUtc(2008, 12, 18, 9, 0);

    internal static FakeClock Clock() => new(Now);

    internal static ChecklistAnswer Answer(string provision, Compliance compliance = Compliance.Partial, params AssistanceType[] types) => new()
    {
        Provision = ProvisionReference.Parse(provision),
        Compliance = compliance,
        AssistanceNeeded = types.Length > 0,
        AssistanceTypes = types,
    };

    internal static SelfAssessmentReport Report(string state, params ChecklistAnswer[] answers) => new()
    {
        Id = ReportId.From($"{state}-2008"),
        State = CountryCode.Parse(state),
        Checklist = ReviewCycleChecklists.FirstCycleId,
        ChecklistVersion = 1,
        Status = ReportStatus.Final,
        SubmissionDate = new LocalDate(2008, 6, 2),
        Consent = SharingConsent.WithAllProviders,
        Answers = answers,
    };

    internal static Need Need(string state, string provision, AssistanceType type, NeedStatus status = NeedStatus.Open, string? idSuffix = null)
    {
        var identified = new LocalDate(2008, 6, 2);
        return new Need
        {
            Id = NeedId.From($"{state}/{provision}/{AssistanceTypeCatalogue.Get(type).Code}{idSuffix}"),
            State = CountryCode.Parse(state),
            Provision = ProvisionReference.Parse(provision),
            AssistanceType = type,
            Identified = identified,
            Source = NeedSource.Direct(),
            Consent = SharingConsent.Confidential,
            Status = status,
            StatusHistory = status == NeedStatus.Open
                ? EquatableArray.Create(new NeedStatusChange { Status = NeedStatus.Open, On = identified })
                : EquatableArray.Create(new NeedStatusChange { Status = NeedStatus.Open, On = identified }, new NeedStatusChange { Status = status, On = identified.PlusDays(30) }),
            Provenance = EquatableArray.Create(new ProvenanceEntry { At = Now, By = "secretariat", Action = ProvenanceAction.Recorded }),
        };
    }
}
