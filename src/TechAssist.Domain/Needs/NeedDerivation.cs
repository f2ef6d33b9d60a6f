using NodaTime;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Reports;

namespace TechAssist.Needs;

/// <summary>Derives needs from a self-assessment report: one need per answer and type of assistance asked for.</summary>
/// <remarks>
/// <para>Deterministic: the same report gives the same needs, with the same ids, in the same order, whatever the order
/// of its answers and types. Ids are <c>{report id}/{provision code}/{type code}</c>, such as
/// <c>KEN-2008/52(1)(a)/LEGAL_ADVICE</c>; needs are ordered by provision, then type.</para>
/// <para>Each need is identified on the report's submission date, shares the report's consent, starts
/// <see cref="NeedStatus.Open"/> and carries one <see cref="ProvenanceAction.Derived"/> entry.
/// Validate the report first (<see cref="SelfAssessmentReportValidator"/>): derivation does not check it again.</para>
/// </remarks>
public static class NeedDerivation
{
    /// <summary>The needs of <paramref name="report"/>, derived by <paramref name="by"/> at <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentException">The report is a draft or has no submission date: drafts state no needs yet.</exception>
    public static EquatableArray<Need> FromReport(SelfAssessmentReport report, Instant at, string by)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!report.IsSubmitted || report.SubmissionDate is not { } identified)
        {
            throw new ArgumentException($"Report {report.Id} is {report.Status} without a submission date or a draft: only submitted and final reports yield needs.", nameof(report));
        }

        var source = NeedSource.FromSelfAssessment(report.Id);
        var history = EquatableArray.Create(new NeedStatusChange { Status = NeedStatus.Open, On = identified });
        var provenance = EquatableArray.Create(new ProvenanceEntry
        {
            At = at,
            By = by,
            Action = ProvenanceAction.Derived,
            Note = $"derived from self-assessment report {report.Id}",
        });

        return report.Answers
            .Where(answer => answer is not null && answer.AssistanceNeeded)
            .OrderBy(answer => answer.Provision)
            .SelectMany(answer => answer.AssistanceTypes.Distinct().Order().Select(type => new Need
            {
                Id = NeedId.From($"{report.Id}/{answer.Provision.Code}/{AssistanceTypeCatalogue.Get(type).Code}"),
                State = report.State,
                Provision = answer.Provision,
                AssistanceType = type,
                Priority = answer.Priority,
                Identified = identified,
                Source = source,
                Consent = report.Consent,
                Status = NeedStatus.Open,
                StatusHistory = history,
                AsksForGenderResponsiveness = answer.AsksForGenderResponsiveness,
                Provenance = provenance,
            }))
            .ToEquatableArray();
    }

    /// <summary>The needs of several reports, ordered by report id; each report must be submitted or final.</summary>
    public static EquatableArray<Need> FromReports(IEnumerable<SelfAssessmentReport> reports, Instant at, string by)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports.OrderBy(r => r.Id).SelectMany(r => FromReport(r, at, by)).ToEquatableArray();
    }
}
