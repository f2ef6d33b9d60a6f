using NodaTime;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Reports;
using TechAssist.States;

namespace TechAssist.Reviews;

/// <summary>Compliance with each provision and article of a checklist: how many reporting States answered Full, Partial, None or NotApplicable.</summary>
/// <remarks>
/// Counts the reports in force on the checklist (<see cref="ReportSelection"/>: submitted or final, the latest per State),
/// one answer per State and provision. Provisions appear in the Convention's order, those nobody answered left out;
/// for a checklist of whole articles (the embedded ones) this is compliance per article.
/// </remarks>
public sealed record ComplianceReview
{
    /// <summary>The checklist reviewed.</summary>
    public required ChecklistId Checklist { get; init; }

    /// <summary>The reports counted.</summary>
    public required int Reports { get; init; }

    /// <summary>The tallies per provision.</summary>
    public required EquatableArray<ProvisionCompliance> Provisions { get; init; }

    /// <summary>The tallies per article, summing the provisions of each article (see <see cref="ArticleCompliance"/>).</summary>
    public required EquatableArray<ArticleCompliance> Articles { get; init; }

    /// <summary>Computes the review over the reports in force on <paramref name="asOf"/> (null: all submitted reports).</summary>
    public static ComplianceReview Compute(IEnumerable<SelfAssessmentReport> reports, ChecklistId checklist, RegionalGroupTable groups, LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(groups);
        var inForce = ReportSelection.InForce(reports, checklist, asOf);
        var answers = inForce
            .SelectMany(report => report.Answers.Where(a => a is not null).Select(answer => (report.State, Group: groups.GroupOf(report.State), answer.Provision, answer.Compliance)))
            .ToList();
        var provisions = answers
            .GroupBy(a => a.Provision)
            .OrderBy(g => g.Key)
            .Select(byProvision => new ProvisionCompliance
            {
                Provision = byProvision.Key,
                Overall = ComplianceTally.Of(byProvision.Select(a => a.Compliance)),
                Groups = TallyByGroup(byProvision.Select(a => (a.Group, a.Compliance))),
            })
            .ToEquatableArray();
        var articles = answers
            .GroupBy(a => a.Provision.Article)
            .OrderBy(g => g.Key)
            .Select(byArticle => new ArticleCompliance
            {
                Article = byArticle.Key,
                Overall = ComplianceTally.Of(byArticle.Select(a => a.Compliance)),
                Groups = TallyByGroup(byArticle.Select(a => (a.Group, a.Compliance))),
            })
            .ToEquatableArray();
        return new ComplianceReview { Checklist = checklist, Reports = inForce.Count, Provisions = provisions, Articles = articles };
    }

    /// <summary>Per provision, an <c>All</c> row then one per group.</summary>
    public EquatableArray<ComplianceRow> ToRows() =>
        Provisions.SelectMany(p => p.Groups
            .Select(g => Row(p, GroupLabels.Of(g.Group), g.Tally))
            .Prepend(Row(p, GroupLabels.All, p.Overall)))
        .ToEquatableArray();

    /// <summary>Per article, an <c>All</c> row then one per group; the provision column holds the article number.</summary>
    public EquatableArray<ComplianceRow> ToArticleRows() =>
        Articles.SelectMany(a => a.Groups
            .Select(g => Row(a.Article, GroupLabels.Of(g.Group), g.Tally))
            .Prepend(Row(a.Article, GroupLabels.All, a.Overall)))
        .ToEquatableArray();

    private static EquatableArray<GroupComplianceTally> TallyByGroup(IEnumerable<(RegionalGroup? Group, Compliance Compliance)> answers) =>
        answers
            .Where(a => a.Group is not null)
            .GroupBy(a => a.Group!.Value)
            .OrderBy(g => g.Key)
            .Select(byGroup => new GroupComplianceTally { Group = byGroup.Key, Tally = ComplianceTally.Of(byGroup.Select(a => a.Compliance)) })
            .ToEquatableArray();

    private static ComplianceRow Row(ArticleNumber article, string group, ComplianceTally tally) => new()
    {
        Provision = article.ToString(),
        Article = article.Value,
        Group = group,
        Full = tally.Full,
        Partial = tally.Partial,
        None = tally.None,
        NotApplicable = tally.NotApplicable,
    };

    private static ComplianceRow Row(ProvisionCompliance provision, string group, ComplianceTally tally) => new()
    {
        Provision = provision.Provision.Code,
        Article = provision.Provision.Article.Value,
        Group = group,
        Full = tally.Full,
        Partial = tally.Partial,
        None = tally.None,
        NotApplicable = tally.NotApplicable,
    };
}
