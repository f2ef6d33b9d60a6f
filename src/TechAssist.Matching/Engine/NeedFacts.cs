using System.Collections.Frozen;
using TechAssist.Consent;
using TechAssist.Needs;
using TechAssist.Supply;

namespace TechAssist.Matching.Engine;

/// <summary>What the scorer reads of one need, compiled once.</summary>
internal sealed class NeedFacts
{
    internal NeedFacts(Need need, int state, MatchingOptions options, FrozenDictionary<ProviderId, int> providerIndex)
    {
        Need = need;
        State = state;
        TypeBit = TypeMasks.Bit(need.AssistanceType);
        RelatedMask = TypeMasks.Of(options.RelatedAssistanceTypes.RelatedTo(need.AssistanceType));
        Weight = options.WeightOf(need.Priority);
        var consent = need.Consent ?? SharingConsent.Confidential;
        SharesWithAllProviders = consent.Scope == SharingScope.Public || (consent.Scope == SharingScope.Providers && consent.AllProviders);
        NamedProviders = consent.Scope == SharingScope.Providers && !consent.AllProviders
            ? [.. consent.NamedProviders.Select(p => providerIndex.GetValueOrDefault(p, -1)).Where(i => i >= 0).Order()]
            : [];
    }

    internal Need Need { get; }

    /// <summary>The State's index, or -1 when the State is not in the catalogue (such a need matches nothing).</summary>
    internal int State { get; }

    internal int TypeBit { get; }

    internal int RelatedMask { get; }

    internal int Weight { get; }

    internal bool SharesWithAllProviders { get; }

    internal int[] NamedProviders { get; }

    internal bool IsOpen => Need.Status == NeedStatus.Open;

    /// <summary>Whether the State lets the provider see the need (the consent filter).</summary>
    internal bool SharesWith(int provider) => SharesWithAllProviders || Array.BinarySearch(NamedProviders, provider) >= 0;
}
