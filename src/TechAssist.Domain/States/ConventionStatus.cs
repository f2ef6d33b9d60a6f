using NodaTime;

namespace TechAssist.States;

/// <summary>A party's signature and consent to be bound, with their dates: data the user supplies.</summary>
/// <remarks>No verified list of parties with dates ships with the library; see <see cref="ConventionStatusTable"/>.</remarks>
public sealed record ConventionStatus
{
    /// <summary>The State or the European Union.</summary>
    public required PartyId Party { get; init; }

    /// <summary>The date of signature, or null when it did not sign (accession) or the date is not known.</summary>
    public LocalDate? SignedOn { get; init; }

    /// <summary>The date the instrument of ratification, acceptance, approval or accession was deposited, or null while it is not a party.</summary>
    /// <remarks>
    /// The library counts a party from this date. Under article 68 the Convention enters into force for a party some
    /// days later; a user who needs that date records it here instead and says so.
    /// </remarks>
    public LocalDate? ConsentedOn { get; init; }

    /// <summary>How consent was expressed; required when <see cref="ConsentedOn"/> is set.</summary>
    public ConsentKind? Consent { get; init; }

    /// <summary>Where the party stood on <paramref name="date"/>.</summary>
    public ConventionStanding StandingOn(LocalDate date) =>
        ConsentedOn <= date ? ConventionStanding.Party
        : SignedOn <= date ? ConventionStanding.Signatory
        : ConventionStanding.None;
}
