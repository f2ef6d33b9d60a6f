using TechAssist.Collections;
using TechAssist.Convention;

namespace TechAssist.Reviews;

/// <summary>The compliance answers on the provisions of one article, overall and per regional group.</summary>
/// <remarks>
/// Counts answers, not States: for a checklist of whole articles (the embedded ones) each State answers once per
/// article, so the two agree; for a checklist at paragraph level, a State that answers three paragraphs of the
/// article counts three times.
/// </remarks>
public sealed record ArticleCompliance
{
    /// <summary>The article.</summary>
    public required ArticleNumber Article { get; init; }

    /// <summary>The tally over every answer on the article, those of States in no group included.</summary>
    public required ComplianceTally Overall { get; init; }

    /// <summary>The tally per group, in group order, for the groups with at least one answer.</summary>
    public required EquatableArray<GroupComplianceTally> Groups { get; init; }
}
