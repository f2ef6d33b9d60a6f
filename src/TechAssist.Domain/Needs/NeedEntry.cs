using TechAssist.Languages;
using TechAssist.Collections;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Needs;

/// <summary>What a person enters to record a need directly (for instance from a review-mechanism country report).</summary>
/// <remarks>Turn it into a <see cref="Need"/> with <see cref="NeedRecording.Record"/>, which lists every problem.</remarks>
public sealed record NeedEntry
{
    /// <summary>The id to give the need.</summary>
    public required NeedId Id { get; init; }

    /// <summary>The State that needs assistance.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The provision.</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The type of assistance needed.</summary>
    public required AssistanceType AssistanceType { get; init; }

    /// <summary>The State's priority.</summary>
    public NeedPriority Priority { get; init; }

    /// <summary>The day the need was identified.</summary>
    public required LocalDate Identified { get; init; }

    /// <summary>Where it was identified.</summary>
    public required NeedSource Source { get; init; }

    /// <summary>The State's consent to share it.</summary>
    public required SharingConsent Consent { get; init; }

    /// <summary>Whether the State asks that the assistance take gender into account.</summary>
    public bool AsksForGenderResponsiveness { get; init; }

    /// <summary>Languages the State would like the assistance in, best first; empty when any will do.</summary>
    public EquatableArray<LanguageCode> PreferredLanguages { get; init; }

    /// <summary>A language the assistance must be given in, or null; offerings without it are filtered out.</summary>
    public LanguageCode? RequiredLanguage { get; init; }

    /// <summary>When the State wants the assistance, or null for "as soon as possible".</summary>
    public DateInterval? WantedPeriod { get; init; }

    /// <summary>Assistance already given or committed for this need, by provider.</summary>
    public EquatableArray<NeedDelivery> Deliveries { get; init; }

    /// <summary>The need in the State's words, or null.</summary>
    public string? Description { get; init; }
}
