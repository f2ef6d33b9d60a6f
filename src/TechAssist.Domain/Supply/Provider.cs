using TechAssist.Collections;
using TechAssist.Languages;
using TechAssist.States;

namespace TechAssist.Supply;

/// <summary>A provider of technical assistance: a donor State, a UN entity, another intergovernmental organization, a development bank, or civil society and academia.</summary>
/// <remarks>Immutable; compares by value. Check one with <see cref="ProviderValidator"/>.</remarks>
public sealed record Provider
{
    /// <summary>The provider's identifier (an IATI organisation identifier where it has one).</summary>
    public required ProviderId Id { get; init; }

    /// <summary>The provider's name.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of body it is.</summary>
    public required ProviderKind Kind { get; init; }

    /// <summary>The State it is or acts for, when it is a State (<see cref="ProviderKind.DonorState"/>); null otherwise.</summary>
    public CountryCode? State { get; init; }

    /// <summary>The languages it works in, ordered by code; may be empty when unknown.</summary>
    public EquatableArray<LanguageCode> Languages { get; init; }

    /// <summary>Whether assistance from this provider to <paramref name="recipient"/> is South-South cooperation.</summary>
    /// <remarks>
    /// True when the provider is a State, that State is a developing country by the UN M49 flag
    /// (<see cref="DevelopmentStatus"/>, read its remarks on how far to trust it), the recipient is one too, and they
    /// differ. False for organizations: their cooperation has no single South or North.
    /// </remarks>
    public bool IsSouthSouthWith(CountryCode recipient) =>
        State is { } state
        && state != recipient
        && DevelopmentStatus.IsDevelopingCountry(state)
        && DevelopmentStatus.IsDevelopingCountry(recipient);

    /// <summary>For example <c>XM-DAC-7 Ministry of Foreign Affairs (DonorState)</c>.</summary>
    public override string ToString() => $"{Id} {Name} ({Kind})";
}
