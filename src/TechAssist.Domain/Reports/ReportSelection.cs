using NodaTime;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.States;

namespace TechAssist.Reports;

/// <summary>Which reports count: the one report in force for each State and checklist.</summary>
/// <remarks>
/// <para>Only <see cref="ReportStatus.Submitted"/> and <see cref="ReportStatus.Final"/> reports with a submission date
/// count; drafts never do. With a date, reports submitted after it are left out.</para>
/// <para>Of the reports of one State on one checklist (any version), the latest supersedes the others: the later
/// submission date wins, then a final report over a submitted one, then the higher checklist version, then the
/// greater report id (ordinal), so the choice never depends on input order.</para>
/// </remarks>
public static class ReportSelection
{
    /// <summary>The reports in force on <paramref name="asOf"/> (null: every submitted report), ordered by State then checklist id.</summary>
    public static EquatableArray<SelfAssessmentReport> InForce(IEnumerable<SelfAssessmentReport> reports, LocalDate? asOf)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports
            .Where(r => r is not null && r.IsSubmitted && r.SubmissionDate is { } submitted && (asOf is null || submitted <= asOf))
            .GroupBy(r => (r.State, r.Checklist))
            .Select(group => group
                .OrderByDescending(r => r.SubmissionDate)
                .ThenByDescending(r => r.Status)
                .ThenByDescending(r => r.ChecklistVersion)
                .ThenByDescending(r => r.Id)
                .First())
            .OrderBy(r => r.State)
            .ThenBy(r => r.Checklist)
            .ToEquatableArray();
    }

    /// <summary>The reports in force on one checklist, one per State, ordered by State.</summary>
    public static EquatableArray<SelfAssessmentReport> InForce(IEnumerable<SelfAssessmentReport> reports, ChecklistId checklist, LocalDate? asOf) =>
        InForce(reports, asOf).Where(r => r.Checklist == checklist).ToEquatableArray();

    /// <summary>The States with a report in force, on any checklist, ordered by code.</summary>
    internal static IReadOnlySet<CountryCode> ReportingStates(IEnumerable<SelfAssessmentReport> reports, ChecklistId? checklist, LocalDate asOf) =>
        InForce(reports, asOf).Where(r => checklist is null || r.Checklist == checklist).Select(r => r.State).ToHashSet();
}
