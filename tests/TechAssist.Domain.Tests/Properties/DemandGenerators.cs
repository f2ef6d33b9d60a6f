using FsCheck;
using FsCheck.Fluent;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.Needs;
using TechAssist.Reports;
using TechAssist.Supply;
using static TechAssist.Tests.Properties.ValueGenerators;

namespace TechAssist.Tests.Properties;

/// <summary>Generators of valid checklist, self-assessment report and needs documents.</summary>
internal static class DemandGenerators
{
    internal static Gen<ChecklistDocument> ChecklistDocuments { get; } =
        from id in Id(0)
        from version in Gen.Choose(1, 5)
        from title in Text
        from adopted in Optional(Dates)
        from provisions in Gen.NonEmptyListOf(Provisions)
        from prompts in Gen.ArrayOf(Gen.OrNull(Text), provisions.Count)
        select new ChecklistDocument
        {
            Id = id,
            Version = version,
            Title = title,
            Adopted = adopted,
            Items = provisions.Distinct().Select((p, i) => new ChecklistItemDocument { Provision = p.Code, Prompt = prompts[i] }).ToEquatableArray(),
        };

    /// <summary>Reports on the embedded checklists, submitted or not, each with its own id.</summary>
    internal static Gen<SelfAssessmentReportDocument> ReportDocuments { get; } =
        from count in Gen.Choose(0, 4)
        from ids in Ids(count)
        from reports in Gen.CollectToArray(ids.Select(Report))
        select new SelfAssessmentReportDocument { Reports = reports };

    /// <summary>A submitted report with answers, for deriving needs.</summary>
    internal static Gen<SelfAssessmentReport> SubmittedReports { get; } =
        from id in Id(0)
        from report in Report(id)
        from submitted in Dates
        select report with { Status = ReportStatus.Final, SubmissionDate = submitted };

    /// <summary>The needs of submitted reports, some moved on in their status.</summary>
    internal static Gen<NeedsDocument> NeedsDocuments { get; } =
        from count in Gen.Choose(0, 3)
        from ids in Ids(count)
        from reports in Gen.CollectToArray(ids.Select(id => Report(id).Select(r => r with { Status = ReportStatus.Submitted, SubmissionDate = new NodaTime.LocalDate(2020, 5, 4) })))
        from at in Instants
        from changes in Gen.ArrayOf(Gen.Elements(NeedStatus.Planned, NeedStatus.InDelivery, NeedStatus.Withdrawn), 64)
        select new NeedsDocument
        {
            Needs = NeedDerivation.FromReports(reports, at, "secretariat")
                .Select((need, i) => i % 3 == 0 ? need.ChangeStatus(changes[i % changes.Length], need.Identified.PlusDays(i), "state:" + need.State, at, i % 2 == 0 ? null : "agreed") : need)
                .ToEquatableArray(),
        };

    private static Gen<SelfAssessmentReport> Report(string id) =>
        from state in StateCodes
        from checklist in Gen.Elements(ReviewCycleChecklists.FirstCycle, ReviewCycleChecklists.SecondCycle)
        from status in OneOfEnum<ReportStatus>()
        from submitted in Dates
        from consent in Consents
        from provisions in Distinct(checklist.Items.Select(i => i.Provision), 0, 8)
        from answers in Gen.CollectToArray(provisions.Select(p => Answer(p)))
        select new SelfAssessmentReport
        {
            Id = ReportId.From(id),
            State = state,
            Checklist = checklist.Id,
            ChecklistVersion = checklist.Version,
            Status = status,
            SubmissionDate = status == ReportStatus.Draft && submitted.Day % 2 == 0 ? null : submitted,
            Consent = consent,
            Answers = answers,
        };

    private static Gen<ChecklistAnswer> Answer(ProvisionReference provision) =>
        from compliance in OneOfEnum<Compliance>()
        from types in Distinct(Enum.GetValues<AssistanceType>(), 0, 3)
        from priority in OneOfEnum<NeedPriority>()
        from gender in Gen.Elements(true, false)
        from measures in Gen.OrNull(Text)
        from obstacles in Distinct(["LIMITED_RESOURCES", "NO_LAW", "COORDINATION"], 0, 2)
        from received in Gen.ArrayOf(Received, gender ? 1 : 0)
        select new ChecklistAnswer
        {
            Provision = provision,
            Compliance = compliance,
            MeasuresTaken = measures,
            Obstacles = obstacles.Select(ObstacleCode.From).ToEquatableArray(),
            AssistanceNeeded = types.Length > 0,
            AssistanceTypes = types,
            Priority = priority,
            AsksForGenderResponsiveness = gender,
            AssistanceReceived = received,
        };

    private static Gen<AssistanceReceived> Received { get; } =
        from provider in Gen.Elements("UNODC", "UNDP")
        from named in Gen.Elements(true, false)
        from types in Distinct(Enum.GetValues<AssistanceType>(), 0, 2)
        from description in Gen.OrNull(Text)
        select new AssistanceReceived
        {
            Provider = named ? ProviderId.From(provider) : null,
            ProviderName = named ? null : provider,
            Types = types,
            Description = description,
        };
}
