using TechAssist.Collections;
using TechAssist.Consent;

namespace TechAssist.Matching;

/// <summary>The outcome of a matching run: who serves which need, and why the others are unserved.</summary>
/// <remarks>
/// The result holds every need the engine was given, whatever the consent: it is the secretariat's view. Before
/// showing it to anyone else, call <see cref="ForViewer"/>.
/// </remarks>
public sealed record MatchingResult
{
    /// <summary>The strategy that shared out capacity.</summary>
    public required AllocationStrategy Strategy { get; init; }

    /// <summary>Whether the allocation may fall short of the optimum (the greedy preview).</summary>
    public required bool IsApproximate { get; init; }

    /// <summary>The matches, ordered by need id.</summary>
    public EquatableArray<Match> Matches { get; init; }

    /// <summary>The open needs left unserved, ordered by need id.</summary>
    public EquatableArray<UnassignedNeed> Unassigned { get; init; }

    /// <summary>The open needs and the share served per regional group, in the groups' order, then States in no group.</summary>
    public EquatableArray<GroupCoverage> CoverageByGroup { get; init; }

    /// <summary>Knowledge resources that serve needs for models and good practices, by need (no capacity limit).</summary>
    public EquatableArray<KnowledgeSuggestion> Knowledge { get; init; }

    /// <summary>The total of the matches' weights: the objective the allocation maximised.</summary>
    public long TotalWeight => Matches.Sum(match => (long)match.Weight);

    /// <summary>The total of the matches' fit scores.</summary>
    public long TotalScore => Matches.Sum(match => (long)match.Score);

    /// <summary>
    /// The same result with only what <paramref name="viewer"/> may see: matches, reasons and suggestions of needs
    /// whose consent does not allow the viewer are removed, and the group coverage counts only the needs left.
    /// </summary>
    public MatchingResult ForViewer(Viewer viewer)
    {
        var matches = Matches.Where(m => m.Consent.AllowsViewer(viewer, m.State)).ToEquatableArray();
        var unassigned = Unassigned.Where(u => u.Consent.AllowsViewer(viewer, u.State)).ToEquatableArray();
        return this with
        {
            Matches = matches,
            Unassigned = unassigned,
            Knowledge = Knowledge.Where(k => k.Consent.AllowsViewer(viewer, k.State)).ToEquatableArray(),
            CoverageByGroup = CoverageByGroup
                .Select(coverage =>
                {
                    var served = matches.Count(m => m.Group == coverage.Group);
                    return coverage with { Served = served, Needs = served + unassigned.Count(u => u.Group == coverage.Group) };
                })
                .ToEquatableArray(),
        };
    }
}
