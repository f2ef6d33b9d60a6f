using NodaTime;
using TechAssist.Collections;
using TechAssist.Validation;

namespace TechAssist.Needs;

/// <summary>Records needs entered directly: checks the entry, then creates an open need with its provenance.</summary>
public static class NeedRecording
{
    /// <summary>The open need <paramref name="entry"/> describes, recorded by <paramref name="by"/> now (by <paramref name="clock"/>), or every problem.</summary>
    /// <remarks>The checks are <see cref="NeedValidator"/>'s; problem paths are the entry's property names.</remarks>
    public static ValidationResult<Need> Record(NeedEntry entry, string by, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(clock);
        var need = new Need
        {
            Id = entry.Id,
            State = entry.State,
            Provision = entry.Provision,
            AssistanceType = entry.AssistanceType,
            Priority = entry.Priority,
            Identified = entry.Identified,
            Source = entry.Source,
            Consent = entry.Consent,
            Status = NeedStatus.Open,
            StatusHistory = EquatableArray.Create(new NeedStatusChange { Status = NeedStatus.Open, On = entry.Identified }),
            AsksForGenderResponsiveness = entry.AsksForGenderResponsiveness,
            Description = entry.Description,
            PreferredLanguages = entry.PreferredLanguages,
            RequiredLanguage = entry.RequiredLanguage,
            WantedPeriod = entry.WantedPeriod,
            Deliveries = entry.Deliveries,
            Provenance = EquatableArray.Create(new ProvenanceEntry
            {
                At = clock.GetCurrentInstant(),
                By = by ?? string.Empty,
                Action = ProvenanceAction.Recorded,
                Note = entry.Source?.ToString(),
            }),
        };
        return NeedValidator.Validate(need, clock);
    }
}
