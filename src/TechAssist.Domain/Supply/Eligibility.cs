using System.Text.Json.Serialization;
using NodaTime;
using TechAssist.Collections;
using TechAssist.States;

namespace TechAssist.Supply;

/// <summary>Which States may receive an offering: by default States parties only, minus excluded States.</summary>
/// <remarks>Immutable; <see cref="Default"/> is States parties only with no exclusion.</remarks>
public sealed record Eligibility
{
    /// <summary>States parties only, nobody excluded.</summary>
    public static Eligibility Default { get; } = new();

    /// <summary>Creates an eligibility of States parties only, nobody excluded; set the properties to change it.</summary>
    public Eligibility()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal Eligibility(bool statesPartiesOnly = true) => StatesPartiesOnly = statesPartiesOnly;

    /// <summary>Whether only States parties to the Convention on the day of the match are eligible; true by default.</summary>
    public bool StatesPartiesOnly { get; init; } = true;

    /// <summary>States that may not receive the offering whatever their standing, ordered by code.</summary>
    public EquatableArray<CountryCode> ExcludedStates { get; init; }

    /// <summary>Whether <paramref name="state"/> is eligible on <paramref name="date"/>.</summary>
    /// <param name="state">The would-be recipient.</param>
    /// <param name="statuses">The Convention statuses; with <see cref="StatesPartiesOnly"/>, a State must be a party there on <paramref name="date"/>.</param>
    /// <param name="date">The day the question is asked (usually today from an IClock, or the offering's start).</param>
    public bool IsEligible(CountryCode state, ConventionStatusTable statuses, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (!state.IsValid || ExcludedStates.Contains(state))
        {
            return false;
        }

        return !StatesPartiesOnly || statuses.StandingOn(PartyId.ForState(state), date) == ConventionStanding.Party;
    }
}
