using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Needs;
using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>The needs per provision and assistance type, per regional group, and the types most requested per provision and per group (paragraph 27 of the 2008 report).</summary>
/// <remarks>
/// <para>Counts needs that are not <see cref="NeedStatus.Withdrawn"/>; a State counts once per provision and type,
/// however many needs it recorded for them. Provisions are taken as the needs name them (<c>16</c> and <c>16(1)</c>
/// are counted apart). Filter the needs by <see cref="Need.IsVisibleTo"/> first when the review is shown to a viewer
/// other than the secretariat.</para>
/// <para>Rankings: count descending, then the order of <see cref="AssistanceType"/>; stable whatever the input order.</para>
/// </remarks>
public sealed record NeedsReview
{
    /// <summary>The tallies, by provision then type.</summary>
    public required EquatableArray<NeedTally> Tallies { get; init; }

    /// <summary>Per provision, in the Convention's order, the types ranked by the number of States asking.</summary>
    public required EquatableArray<TypeRanking> TopTypesByProvision { get; init; }

    /// <summary>Per group, in group order, the types ranked by the number of needs (State and provision) asking.</summary>
    public required EquatableArray<TypeRanking> TopTypesByGroup { get; init; }

    /// <summary>Computes the review.</summary>
    public static NeedsReview Compute(IEnumerable<Need> needs, RegionalGroupTable groups)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(groups);
        var distinct = Distinct(needs);
        var tallies = distinct
            .GroupBy(n => (n.Provision, n.AssistanceType))
            .OrderBy(g => g.Key.Provision)
            .ThenBy(g => g.Key.AssistanceType)
            .Select(g => new NeedTally
            {
                Provision = g.Key.Provision,
                AssistanceType = g.Key.AssistanceType,
                States = g.Count(),
                Groups = CountByGroup(g.Select(n => n.State), groups),
            })
            .ToEquatableArray();

        var byProvision = distinct
            .GroupBy(n => n.Provision)
            .OrderBy(g => g.Key)
            .Select(g => new TypeRanking { Provision = g.Key, Types = Rank(g.Select(n => n.AssistanceType)) })
            .ToEquatableArray();

        var byGroup = distinct
            .Select(n => (Group: groups.GroupOf(n.State), n.AssistanceType))
            .Where(n => n.Group is not null)
            .GroupBy(n => n.Group!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new TypeRanking { Group = g.Key, Types = Rank(g.Select(n => n.AssistanceType)) })
            .ToEquatableArray();

        return new NeedsReview { Tallies = tallies, TopTypesByProvision = byProvision, TopTypesByGroup = byGroup };
    }

    /// <summary>Per provision and type, an <c>All</c> row then one per group.</summary>
    public EquatableArray<NeedTallyRow> ToRows() =>
        Tallies.SelectMany(t => t.Groups
            .Select(g => Row(t, GroupLabels.Of(g.Group), g.States))
            .Prepend(Row(t, GroupLabels.All, t.States)))
        .ToEquatableArray();

    /// <summary>The rankings per provision, then per group, one row per place.</summary>
    public EquatableArray<TypeRankingRow> ToRankingRows() =>
        TopTypesByProvision.SelectMany(r => RankingRows("provision", r.Provision!.Value.Code, r))
            .Concat(TopTypesByGroup.SelectMany(r => RankingRows("group", GroupLabels.Of(r.Group), r)))
            .ToEquatableArray();

    /// <summary>One need per State, provision and type, leaving out withdrawn needs.</summary>
    internal static List<(CountryCode State, ProvisionReference Provision, AssistanceType AssistanceType)> Distinct(IEnumerable<Need> needs) =>
        needs
            .Where(n => n is not null && n.Status != NeedStatus.Withdrawn)
            .Select(n => (n.State, n.Provision, n.AssistanceType))
            .Distinct()
            .ToList();

    private static EquatableArray<GroupCount> CountByGroup(IEnumerable<CountryCode> states, RegionalGroupTable groups) =>
        states
            .Select(groups.GroupOf)
            .Where(g => g is not null)
            .GroupBy(g => g!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new GroupCount { Group = g.Key, States = g.Count() })
            .ToEquatableArray();

    private static EquatableArray<RankedType> Rank(IEnumerable<AssistanceType> asked) =>
        asked
            .GroupBy(t => t)
            .Select(g => (Type: g.Key, Count: g.Count()))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Type)
            .Select((t, index) => new RankedType { Rank = index + 1, Type = t.Type, Count = t.Count })
            .ToEquatableArray();

    private static NeedTallyRow Row(NeedTally tally, string group, int states) => new()
    {
        Provision = tally.Provision.Code,
        AssistanceType = AssistanceTypeCatalogue.Get(tally.AssistanceType).Code,
        Group = group,
        States = states,
    };

    private static IEnumerable<TypeRankingRow> RankingRows(string scope, string key, TypeRanking ranking) =>
        ranking.Types.Select(t => new TypeRankingRow
        {
            Scope = scope,
            Key = key,
            Rank = t.Rank,
            AssistanceType = AssistanceTypeCatalogue.Get(t.Type).Code,
            Count = t.Count,
        });
}
