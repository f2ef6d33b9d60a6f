using TechAssist.Collections;
using TechAssist.Knowledge;
using TechAssist.Needs;

namespace TechAssist.Matching;

/// <summary>The knowledge resources (models, guides, good practices) that serve one need.</summary>
public sealed record KnowledgeSuggestion
{
    /// <summary>The need.</summary>
    public required NeedId Need { get; init; }

    /// <summary>The State that needs the assistance.</summary>
    public required States.CountryCode State { get; init; }

    /// <summary>The State's consent to share the need.</summary>
    public required Consent.SharingConsent Consent { get; init; }

    /// <summary>The resources, ordered by id.</summary>
    public required EquatableArray<KnowledgeResourceId> Resources { get; init; }
}
