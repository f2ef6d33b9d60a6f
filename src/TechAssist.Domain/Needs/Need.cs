using TechAssist.Languages;
using System.Globalization;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.States;

namespace TechAssist.Needs;

/// <summary>A State's need for one type of technical assistance on one provision, identified by the State itself.</summary>
/// <remarks>
/// <para>Needs are identified by the recipient State (paragraph 20 of the 2008 report). They come from reports
/// (<see cref="NeedDerivation"/>), from direct entry (<see cref="NeedRecording"/>) or from a <see cref="NeedsDocument"/>.</para>
/// <para>Immutable: <see cref="ChangeStatus"/> returns a new need with the change in <see cref="StatusHistory"/> and
/// <see cref="Provenance"/>. Show a need only to viewers <see cref="IsVisibleTo"/> allows.</para>
/// </remarks>
public sealed record Need
{
    /// <summary>The need's id.</summary>
    public required NeedId Id { get; init; }

    /// <summary>The State that needs assistance.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The provision.</summary>
    public required ProvisionReference Provision { get; init; }

    /// <summary>The type of assistance needed.</summary>
    public required AssistanceType AssistanceType { get; init; }

    /// <summary>The State's priority.</summary>
    public NeedPriority Priority { get; init; }

    /// <summary>The day the need was identified (a report's submission date).</summary>
    public required LocalDate Identified { get; init; }

    /// <summary>Where it was identified.</summary>
    public required NeedSource Source { get; init; }

    /// <summary>The State's consent to share it.</summary>
    public required SharingConsent Consent { get; init; }

    /// <summary>Where it stands: the last entry of <see cref="StatusHistory"/>.</summary>
    public required NeedStatus Status { get; init; }

    /// <summary>Every status the need took, oldest first; starts with <see cref="NeedStatus.Open"/>.</summary>
    public required EquatableArray<NeedStatusChange> StatusHistory { get; init; }

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

    /// <summary>Who recorded or changed what, and when, oldest first.</summary>
    public required EquatableArray<ProvenanceEntry> Provenance { get; init; }

    /// <summary>Whether <paramref name="viewer"/> may see this need under the State's consent.</summary>
    public bool IsVisibleTo(Viewer viewer) => Consent is not null && Consent.AllowsViewer(viewer, State);

    /// <summary>Whether the status may change to <paramref name="status"/> (see <see cref="NeedStatus"/>).</summary>
    public bool CanChangeTo(NeedStatus status) => NeedStatusTransitions.AllowedFrom(Status).Contains(status);

    /// <summary>A copy of this need with its status changed on <paramref name="on"/> by <paramref name="by"/>, recorded at <paramref name="at"/>.</summary>
    /// <exception cref="InvalidOperationException">The change is not allowed, or <paramref name="on"/> is before the last change; the message says why.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is empty.</exception>
    public Need ChangeStatus(NeedStatus status, LocalDate on, string by, Instant at, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!CanChangeTo(status))
        {
            var allowed = NeedStatusTransitions.AllowedFrom(Status);
            throw new InvalidOperationException(
                $"Need {Id} cannot go from {Status} to {status}: from {Status} it can go to {string.Join(", ", allowed)}.");
        }

        if (StatusHistory.Count > 0 && on < StatusHistory[^1].On)
        {
            throw new InvalidOperationException(
                $"Need {Id} cannot change status on {Iso(on)}: its last change was on {Iso(StatusHistory[^1].On)}.");
        }

        return this with
        {
            Status = status,
            StatusHistory = StatusHistory.AsImmutableArray().Add(new NeedStatusChange { Status = status, On = on }),
            Provenance = Provenance.AsImmutableArray().Add(new ProvenanceEntry
            {
                At = at,
                By = by,
                Action = ProvenanceAction.StatusChanged,
                Field = "status",
                Note = note is null ? $"{Status} -> {status} on {Iso(on)}" : $"{Status} -> {status} on {Iso(on)}: {note}",
            }),
        };
    }

    /// <summary>For example <c>KEN-2008/16/LEGAL_ADVICE (KEN, Art. 16, LegalAdvice, Open)</c>.</summary>
    public override string ToString() => $"{Id} ({State}, {Provision}, {AssistanceType}, {Status})";

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
