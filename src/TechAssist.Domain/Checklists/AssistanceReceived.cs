using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Supply;

namespace TechAssist.Checklists;

/// <summary>Technical assistance a State has already received for a provision, and from whom.</summary>
/// <remarks>At least one of <see cref="Provider"/> and <see cref="ProviderName"/> is needed; a report's validation says so.</remarks>
public sealed record AssistanceReceived
{
    /// <summary>The provider's id when it is known to the library, or null.</summary>
    public ProviderId? Provider { get; init; }

    /// <summary>The provider's name as the State wrote it, or null.</summary>
    public string? ProviderName { get; init; }

    /// <summary>The types of assistance received, possibly none stated.</summary>
    public EquatableArray<AssistanceType> Types { get; init; }

    /// <summary>What was received, in the State's words, or null.</summary>
    public string? Description { get; init; }
}
