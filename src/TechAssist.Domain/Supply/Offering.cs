using System.Text.Json.Serialization;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Languages;
using TechAssist.States;

namespace TechAssist.Supply;

/// <summary>An offering of technical assistance by a provider: what it covers, where, how, in which languages, how much, and when.</summary>
/// <remarks>
/// Immutable; compares by value. Check one with <see cref="OfferingValidator"/>, which lists every problem with its path.
/// The matching engine expands <see cref="Coverage"/> to articles, resolves <see cref="Scope"/> to States and applies
/// <see cref="Eligibility"/>; <see cref="Reaches"/> combines the last two.
/// </remarks>
public sealed record Offering
{
    /// <summary>Creates a funded offering open to States parties; set the properties.</summary>
    public Offering()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive.
    [JsonConstructor]
    internal Offering(FundingStatus fundingStatus = FundingStatus.Funded, Eligibility eligibility = null!)
    {
        FundingStatus = fundingStatus;
        Eligibility = eligibility ?? Eligibility.Default;
    }

    /// <summary>The offering's identifier.</summary>
    public required OfferingId Id { get; init; }

    /// <summary>The provider that offers it.</summary>
    public required ProviderId Provider { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>The types of assistance given; empty when not stated (IATI activities do not say).</summary>
    public EquatableArray<AssistanceType> AssistanceTypes { get; init; }

    /// <summary>The part of the Convention covered; validation requires something.</summary>
    public required Coverage Coverage { get; init; }

    /// <summary>Where it reaches: bilateral, regional or global.</summary>
    public required Scope Scope { get; init; }

    /// <summary>How it is delivered.</summary>
    public required Modality Modality { get; init; }

    /// <summary>The languages it can be given in; may be empty when unknown (IATI files often do not say).</summary>
    public EquatableArray<LanguageCode> Languages { get; init; }

    /// <summary>How many engagements it can serve, and its budget.</summary>
    public required Capacity Capacity { get; init; }

    /// <summary>When it runs (inclusive dates), or null when open.</summary>
    public DateInterval? Period { get; init; }

    /// <summary>Whether it is funded.</summary>
    public FundingStatus FundingStatus { get; init; } = FundingStatus.Funded;

    /// <summary>Who may receive it; States parties only by default.</summary>
    public Eligibility Eligibility { get; init; } = Eligibility.Default;

    /// <summary>The significance of gender equality for it (OECD DAC gender-equality marker), or null when not screened.</summary>
    public PolicySignificance? GenderEquality { get; init; }

    /// <summary>Whether the offering reaches <paramref name="state"/> (its scope includes it) and the State is eligible on <paramref name="date"/>.</summary>
    public bool Reaches(CountryCode state, RegionalGroupTable groups, ConventionStatusTable statuses, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return Scope.ResolveStates(groups).Contains(state) && Eligibility.IsEligible(state, statuses, date);
    }

    /// <summary>The States the offering reaches and that are eligible on <paramref name="date"/>, ordered by code.</summary>
    public EquatableArray<CountryCode> EligibleStates(RegionalGroupTable groups, ConventionStatusTable statuses, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return Scope.ResolveStates(groups).Where(s => Eligibility.IsEligible(s, statuses, date)).ToEquatableArray();
    }

    /// <summary>For example <c>NL-1-PPR-24706 (XM-DAC-7): Anti-corruption support</c>.</summary>
    public override string ToString() => $"{Id} ({Provider}): {Title}";
}
