using NodaTime;
using TechAssist.Assistance;
using TechAssist.Languages;
using TechAssist.Supply;

namespace TechAssist.Matching.Engine;

/// <summary>What the scorer reads of one offering, compiled once.</summary>
internal sealed class OfferingFacts
{
    internal OfferingFacts(Offering offering, int providerIndex, bool providerIsDeveloping, int providerState, StateSpace states)
    {
        Offering = offering;
        ProviderIndex = providerIndex;
        ProviderIsDeveloping = providerIsDeveloping;
        ProviderState = providerState;
        Coverage = new CoverageFacts(offering.Coverage);
        TypeMask = TypeMasks.Of(offering.AssistanceTypes);
        Languages = [.. offering.Languages.Where(l => l.IsValid)];
        Start = offering.Period?.Start;
        End = offering.Period?.End;
        Capacity = Math.Max(0, offering.Capacity?.Engagements ?? 0);
        PartiesOnly = offering.Eligibility?.StatesPartiesOnly ?? true;
        Excluded = [.. (offering.Eligibility?.ExcludedStates ?? default).Select(states.IndexOf).Where(i => i >= 0).Order()];
        GenderSignificance = offering.GenderEquality;
    }

    internal Offering Offering { get; }

    internal int ProviderIndex { get; }

    internal bool ProviderIsDeveloping { get; }

    /// <summary>The provider's State index, or -1.</summary>
    internal int ProviderState { get; }

    internal CoverageFacts Coverage { get; }

    /// <summary>Bit t set when the offering gives assistance type t; 0 when it does not say.</summary>
    internal int TypeMask { get; }

    internal LanguageCode[] Languages { get; }

    internal LocalDate? Start { get; }

    internal LocalDate? End { get; }

    internal int Capacity { get; }

    internal bool PartiesOnly { get; }

    internal int[] Excluded { get; }

    internal PolicySignificance? GenderSignificance { get; }

    internal bool Excludes(int state) => Array.BinarySearch(Excluded, state) >= 0;
}

/// <summary>Assistance types as bit masks.</summary>
internal static class TypeMasks
{
    internal static int Of(IEnumerable<AssistanceType> types)
    {
        var mask = 0;
        foreach (var type in types)
        {
            mask |= Bit(type);
        }

        return mask;
    }

    internal static int Bit(AssistanceType type) => 1 << (int)type;
}
