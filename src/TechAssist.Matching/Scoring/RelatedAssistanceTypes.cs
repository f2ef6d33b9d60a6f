using System.Collections.Frozen;
using TechAssist.Assistance;

namespace TechAssist.Matching.Scoring;

/// <summary>
/// Which assistance types can stand in, in part, for another: an offering of a related type earns
/// <see cref="MatchingOptions.AssistanceTypeRelatedPoints"/> instead of the full points.
/// </summary>
/// <remarks>
/// <para>The default table is this library's own judgement, not an official list; each pair says why. The relation is
/// directed: "asked for X, Y helps". Replace it with <see cref="MatchingOptions.RelatedAssistanceTypes"/>.</para>
/// <list type="bullet">
/// <item>Legal advice ← legislative drafting, on-site expert, action plan: each brings an expert's opinion on the law.</item>
/// <item>Legislative drafting ← model legislation (a template to draft from), legal advice.</item>
/// <item>Model legislation ← legislative drafting, good practices.</item>
/// <item>Model agreements ← model legislation, good practices.</item>
/// <item>Good practices ← model legislation, model agreements, capacity building (training carries practice).</item>
/// <item>Action plan ← legal advice, on-site expert.</item>
/// <item>On-site expert ← capacity building, legal advice.</item>
/// <item>Capacity building ← on-site expert, good practices.</item>
/// <item>Technology ← capacity building (training to operate the tools).</item>
/// <item>Other: nothing is related.</item>
/// </list>
/// </remarks>
public sealed class RelatedAssistanceTypes
{
    private readonly FrozenDictionary<AssistanceType, FrozenSet<AssistanceType>> _related;

    private RelatedAssistanceTypes(IEnumerable<(AssistanceType Asked, AssistanceType Helps)> pairs) =>
        _related = pairs
            .Where(pair => pair.Asked != pair.Helps)
            .GroupBy(pair => pair.Asked)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Helps).ToFrozenSet());

    /// <summary>The default table described in the remarks.</summary>
    public static RelatedAssistanceTypes Default { get; } = new(
    [
        (AssistanceType.LegalAdvice, AssistanceType.LegislativeDrafting),
        (AssistanceType.LegalAdvice, AssistanceType.OnSiteExpert),
        (AssistanceType.LegalAdvice, AssistanceType.ActionPlan),
        (AssistanceType.LegislativeDrafting, AssistanceType.ModelLegislation),
        (AssistanceType.LegislativeDrafting, AssistanceType.LegalAdvice),
        (AssistanceType.ModelLegislation, AssistanceType.LegislativeDrafting),
        (AssistanceType.ModelLegislation, AssistanceType.GoodPractices),
        (AssistanceType.ModelAgreements, AssistanceType.ModelLegislation),
        (AssistanceType.ModelAgreements, AssistanceType.GoodPractices),
        (AssistanceType.GoodPractices, AssistanceType.ModelLegislation),
        (AssistanceType.GoodPractices, AssistanceType.ModelAgreements),
        (AssistanceType.GoodPractices, AssistanceType.CapacityBuilding),
        (AssistanceType.ActionPlan, AssistanceType.LegalAdvice),
        (AssistanceType.ActionPlan, AssistanceType.OnSiteExpert),
        (AssistanceType.OnSiteExpert, AssistanceType.CapacityBuilding),
        (AssistanceType.OnSiteExpert, AssistanceType.LegalAdvice),
        (AssistanceType.CapacityBuilding, AssistanceType.OnSiteExpert),
        (AssistanceType.CapacityBuilding, AssistanceType.GoodPractices),
        (AssistanceType.Technology, AssistanceType.CapacityBuilding),
    ]);

    /// <summary>No type is related to another: only exact matches score.</summary>
    public static RelatedAssistanceTypes None { get; } = new([]);

    /// <summary>A table of the given pairs: an offering of <c>Helps</c> partly serves a need for <c>Asked</c>.</summary>
    public static RelatedAssistanceTypes Create(IEnumerable<(AssistanceType Asked, AssistanceType Helps)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        return new(pairs);
    }

    /// <summary>Whether an offering of <paramref name="offered"/> partly serves a need for <paramref name="asked"/>.</summary>
    public bool IsRelated(AssistanceType asked, AssistanceType offered) =>
        _related.TryGetValue(asked, out var helps) && helps.Contains(offered);

    /// <summary>The types that partly serve a need for <paramref name="asked"/>, in enum order.</summary>
    public IReadOnlyList<AssistanceType> RelatedTo(AssistanceType asked) =>
        _related.TryGetValue(asked, out var helps) ? [.. helps.Order()] : [];
}
