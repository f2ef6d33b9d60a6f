using TechAssist.Experts;
using TechAssist.Languages;

namespace TechAssist.Matching.Engine;

/// <summary>What expert search reads of one expert, compiled once.</summary>
internal sealed class ExpertFacts
{
    internal ExpertFacts(Expert expert, StateSpace states)
    {
        Expert = expert;
        Expertise = [.. expert.Expertise.Where(e => e is not null).Select(e => (new CoverageFacts(e.Coverage), e.Years))];
        Articles = Expertise.Aggregate(default(ArticleSet), (set, e) => set.Union(e.Coverage.Articles));
        TypeMask = TypeMasks.Of(expert.AssistanceTypes);
        Languages = [.. expert.Languages.Where(l => l.IsValid)];
        Conflicts = [.. expert.ConflictStates().Select(states.IndexOf).Where(i => i >= 0).Order()];
        IsDeveloping = states.IndexOf(expert.Nationality) is var n and >= 0 && states.IsDeveloping[n];
        Nationality = states.IndexOf(expert.Nationality);
    }

    internal Expert Expert { get; }

    internal (CoverageFacts Coverage, int Years)[] Expertise { get; }

    internal ArticleSet Articles { get; }

    internal int TypeMask { get; }

    internal LanguageCode[] Languages { get; }

    internal int[] Conflicts { get; }

    internal bool IsDeveloping { get; }

    internal int Nationality { get; }

    internal bool IsConflicted(int state) => Array.BinarySearch(Conflicts, state) >= 0;
}
