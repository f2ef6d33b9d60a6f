using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Needs;
using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>How many States and regional groups share each (provision, assistance type) need.</summary>
/// <remarks>
/// Counts needs as <see cref="NeedsReview"/> does (withdrawn left out, each State once). Ordered by provision, then type.
/// Filter the needs by <see cref="Need.IsVisibleTo"/> first when the result is shown to a viewer other than the secretariat:
/// it names States.
/// </remarks>
public sealed record CommonalityReview
{
    /// <summary>The shared needs.</summary>
    public required EquatableArray<SharedNeed> Needs { get; init; }

    /// <summary>Computes the review.</summary>
    public static CommonalityReview Compute(IEnumerable<Need> needs, RegionalGroupTable groups)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(groups);
        var shared = NeedsReview.Distinct(needs)
            .GroupBy(n => (n.Provision, n.AssistanceType))
            .OrderBy(g => g.Key.Provision)
            .ThenBy(g => g.Key.AssistanceType)
            .Select(g =>
            {
                var states = g.Select(n => n.State).Order().ToEquatableArray();
                return new SharedNeed
                {
                    Provision = g.Key.Provision,
                    AssistanceType = g.Key.AssistanceType,
                    States = states,
                    Groups = states.Select(groups.GroupOf).OfType<RegionalGroup>().Distinct().Order().ToEquatableArray(),
                };
            })
            .ToEquatableArray();
        return new CommonalityReview { Needs = shared };
    }

    /// <summary>The shared need for <paramref name="provision"/> and <paramref name="type"/>, or null when no State has it.</summary>
    public SharedNeed? For(Convention.ProvisionReference provision, AssistanceType type) =>
        Needs.FirstOrDefault(n => n.Provision == provision && n.AssistanceType == type);

    /// <summary>One row per shared need.</summary>
    public EquatableArray<CommonalityRow> ToRows() =>
        Needs.Select(n => new CommonalityRow
        {
            Provision = n.Provision.Code,
            AssistanceType = AssistanceTypeCatalogue.Get(n.AssistanceType).Code,
            States = n.StateCount,
            Groups = n.GroupCount,
            GroupNames = string.Join(";", n.Groups),
        }).ToEquatableArray();
}
