using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.Languages;
using TechAssist.Needs;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Matching.Tests.Testing;

/// <summary>Short constructors for hand-built matching cases.</summary>
internal static class Build
{
    internal static readonly LocalDate AsOf = new(2009, 1, 1);

    internal static CountryCode State(string code) => CountryCode.Parse(code);

    internal static Need Need(
        string id,
        string state,
        string provision,
        AssistanceType type,
        NeedPriority priority = NeedPriority.Medium,
        SharingConsent? consent = null,
        EquatableArray<LanguageCode> preferred = default,
        NeedStatus status = NeedStatus.Open,
        DateInterval? wanted = null,
        bool gender = false) => new()
    {
        Id = NeedId.From(id),
        State = CountryCode.Parse(state),
        Provision = ProvisionReference.Parse(provision),
        AssistanceType = type,
        Priority = priority,
        Identified = new LocalDate(2008, 6, 1),
        Source = NeedSource.Direct(),
        Consent = consent ?? SharingConsent.WithAllProviders,
        Status = status,
        StatusHistory = [new NeedStatusChange { Status = status, On = new LocalDate(2008, 6, 1) }],
        Provenance = [new ProvenanceEntry { At = Instant.FromUtc(2008, 6, 1, 0, 0), By = "test", Action = ProvenanceAction.Recorded }],
        PreferredLanguages = preferred,
        WantedPeriod = wanted,
        AsksForGenderResponsiveness = gender,
    };

    internal static Provider Provider(string id, ProviderKind kind, string? state = null) => new()
    {
        Id = ProviderId.From(id),
        Name = id,
        Kind = kind,
        State = state is null ? null : CountryCode.Parse(state),
    };

    internal static Offering Offering(
        string id,
        string provider,
        Scope scope,
        Coverage coverage,
        EquatableArray<AssistanceType> types,
        int capacity,
        EquatableArray<LanguageCode> languages = default,
        DateInterval? period = null,
        PolicySignificance? gender = null) => new()
    {
        Id = OfferingId.From(id),
        Provider = ProviderId.From(provider),
        Title = id,
        AssistanceTypes = types,
        Coverage = coverage,
        Scope = scope,
        Modality = Modality.RemoteAdvice,
        Languages = languages,
        Capacity = new Capacity { Engagements = capacity },
        Period = period,
        GenderEquality = gender,
    };

    internal static ConventionStatusTable Parties(params string[] states) => ConventionStatusTable.Create(
        states.Select(s => new ConventionStatus { Party = CountryCode.Parse(s), ConsentedOn = new LocalDate(2005, 1, 1), Consent = ConsentKind.Accession }))
        .GetValueOrThrow();

    internal static ProvisionReference Provision(string text) => ProvisionReference.Parse(text);
}
