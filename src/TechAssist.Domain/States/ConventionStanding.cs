using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.States;

/// <summary>Where a State or organization stands with the Convention on a given date.</summary>
[JsonConverter(typeof(StrictEnumConverter<ConventionStanding>))]
public enum ConventionStanding
{
    /// <summary>It had neither signed nor consented to be bound.</summary>
    None = 0,

    /// <summary>It had signed but not yet consented to be bound.</summary>
    Signatory = 1,

    /// <summary>It had consented to be bound (ratification, acceptance, approval or accession).</summary>
    Party = 2,
}
