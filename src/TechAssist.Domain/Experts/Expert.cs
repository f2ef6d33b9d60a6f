using System.Text.Json.Serialization;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Languages;
using TechAssist.States;

namespace TechAssist.Experts;

/// <summary>An expert of the directory, nominated by a State, whom providers can consult.</summary>
/// <remarks>
/// <para>Immutable; compares by value. Check one with <see cref="ExpertValidator"/>.</para>
/// <para><see cref="Contact"/> is personal data: matching results carry <see cref="Id"/> and <see cref="Name"/> only.
/// <see cref="WithoutContactDetails"/> returns the expert without it.</para>
/// </remarks>
public sealed record Expert
{
    /// <summary>Creates an expert with a capacity of 1; set the properties.</summary>
    public Expert()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal Expert(int capacity = 1) => Capacity = capacity;

    /// <summary>The expert's identifier.</summary>
    public required ExpertId Id { get; init; }

    /// <summary>The expert's name as it may be shown in matching results.</summary>
    public required string Name { get; init; }

    /// <summary>The expert's nationality.</summary>
    public required CountryCode Nationality { get; init; }

    /// <summary>The State that nominated the expert to the directory.</summary>
    public required CountryCode NominatingState { get; init; }

    /// <summary>The languages the expert works in; validation requires at least one.</summary>
    public EquatableArray<LanguageCode> Languages { get; init; }

    /// <summary>The fields of expertise, with years; validation requires at least one.</summary>
    public EquatableArray<Expertise> Expertise { get; init; }

    /// <summary>The types of assistance the expert delivers.</summary>
    public EquatableArray<AssistanceType> AssistanceTypes { get; init; }

    /// <summary>When the expert is available (inclusive date ranges); empty means no availability declared.</summary>
    public EquatableArray<DateInterval> Availability { get; init; }

    /// <summary>How many engagements the expert can take at once; at least 1.</summary>
    public int Capacity { get; init; } = 1;

    /// <summary>The expert's employer, or null.</summary>
    public Employer? Employer { get; init; }

    /// <summary>States where the expert may not serve beyond the default ones (nationality, employer's State).</summary>
    public EquatableArray<CountryCode> ExplicitConflicts { get; init; }

    /// <summary>How to reach the expert: personal data, null once stripped.</summary>
    public ExpertContact? Contact { get; init; }

    /// <summary>Every State where the expert may not serve, ordered by code: nationality, employer's State and the explicit ones.</summary>
    public EquatableArray<CountryCode> ConflictStates()
    {
        var states = new SortedSet<CountryCode>(ExplicitConflicts.Where(s => s.IsValid));
        if (Nationality.IsValid)
        {
            states.Add(Nationality);
        }

        if (Employer?.State is { IsValid: true } employerState)
        {
            states.Add(employerState);
        }

        return states.ToEquatableArray();
    }

    /// <summary>Whether the expert may not serve <paramref name="recipient"/>: it is their nationality, their employer's State or an explicit conflict.</summary>
    public bool IsConflicted(CountryCode recipient) =>
        recipient == Nationality || recipient == Employer?.State || ExplicitConflicts.Contains(recipient);

    /// <summary>Whether one of the expert's availability ranges contains the whole of <paramref name="period"/>.</summary>
    public bool IsAvailableDuring(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return Availability.Any(a => a is not null && a.Contains(period.Start) && a.Contains(period.End));
    }

    /// <summary>Whether the expert is available on <paramref name="date"/>.</summary>
    public bool IsAvailableOn(LocalDate date) => Availability.Any(a => a is not null && a.Contains(date));

    /// <summary>The same expert without contact details, for anything that leaves the directory.</summary>
    public Expert WithoutContactDetails() => Contact is null ? this : this with { Contact = null };

    /// <summary>For example <c>KEN-2026-014 Jane Doe</c> (never the contact details).</summary>
    public override string ToString() => $"{Id} {Name}";
}
