using System.Text.Json.Serialization;
using TechAssist.Serialization;

namespace TechAssist.States;

/// <summary>How a party expressed its consent to be bound by the Convention (article 67).</summary>
[JsonConverter(typeof(StrictEnumConverter<ConsentKind>))]
public enum ConsentKind
{
    /// <summary>Ratification, after signature.</summary>
    Ratification = 1,

    /// <summary>Acceptance, after signature.</summary>
    Acceptance = 2,

    /// <summary>Approval, after signature (the form regional economic integration organizations often use).</summary>
    Approval = 3,

    /// <summary>Accession, without prior signature.</summary>
    Accession = 4,
}
