using System.Globalization;
using NodaTime;
using TechAssist.Assistance;
using TechAssist.Checklists;
using TechAssist.Consent;
using TechAssist.Convention;
using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Reports;

/// <summary>Checks a self-assessment report against the checklist it answers, listing every problem with its path and value.</summary>
/// <remarks>
/// Rules: a valid id; a State of the catalogue; a known checklist and version; a defined status; a submission date for
/// submitted and final reports, not after today by <see cref="IClock"/>; a consent that is complete; and for each answer
/// a provision that is an item of the checklist, answered once, a defined compliance, assistance types only when
/// assistance is needed and at least one when it is, each type defined and listed once, a defined priority, and
/// for assistance received, who gave it. Thread-safe.
/// </remarks>
public static class SelfAssessmentReportValidator
{
    /// <summary>Checks <paramref name="report"/> against the embedded <see cref="ReviewCycleChecklists"/>.</summary>
    public static ValidationResult<SelfAssessmentReport> Validate(SelfAssessmentReport report, IClock clock) =>
        Validate(report, ReviewCycleChecklists.All, clock);

    /// <summary>Checks <paramref name="report"/> against the checklists a user knows.</summary>
    public static ValidationResult<SelfAssessmentReport> Validate(SelfAssessmentReport report, IEnumerable<Checklist> checklists, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(checklists);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = new ProblemCollector();
        Check(report, checklists.ToList(), clock, string.Empty, problems);
        return problems.ToResult(report);
    }

    internal static void Check(SelfAssessmentReport report, IReadOnlyList<Checklist> checklists, IClock clock, string prefix, ProblemCollector problems)
    {
        if (!report.Id.IsValid)
        {
            problems.Add(prefix + "id", null, "a report needs an id");
        }

        if (!report.State.IsValid)
        {
            problems.Add(prefix + "state", null, "a report needs the State that reports");
        }
        else if (!StateCatalogue.Contains(report.State))
        {
            problems.Add(prefix + "state", report.State.Value, $"'{report.State}' is not a State in the catalogue of 195 States");
        }

        var checklist = checklists.FirstOrDefault(c => c.Id == report.Checklist && c.Version == report.ChecklistVersion);
        if (checklist is null)
        {
            var known = string.Join(", ", checklists.Select(c => c.ToString()));
            problems.Add(prefix + "checklist", $"{report.Checklist} v{report.ChecklistVersion.ToString(CultureInfo.InvariantCulture)}", $"checklist {report.Checklist} version {report.ChecklistVersion.ToString(CultureInfo.InvariantCulture)} is not known; known: {known}");
        }

        if (!Enum.IsDefined(report.Status))
        {
            problems.Add(prefix + "status", report.Status.ToString(), $"'{report.Status}' is not a report status (Draft, Submitted or Final)");
        }
        else if (report.IsSubmitted && report.SubmissionDate is null)
        {
            problems.Add(prefix + "submissionDate", null, $"a {report.Status} report needs its submission date");
        }

        if (report.SubmissionDate is { } submitted)
        {
            var today = clock.GetCurrentInstant().InUtc().Date;
            if (submitted > today)
            {
                problems.Add(prefix + "submissionDate", Iso(submitted), $"the submission date {Iso(submitted)} is after today ({Iso(today)})");
            }
        }

        ConsentRules.Check(report.Consent, prefix + "consent", problems);

        var firstSeen = new Dictionary<ProvisionReference, int>();
        for (var i = 0; i < report.Answers.Count; i++)
        {
            CheckAnswer(report.Answers[i], checklist, $"{prefix}answers[{i.ToString(CultureInfo.InvariantCulture)}]", i, firstSeen, problems);
        }
    }

    private static void CheckAnswer(ChecklistAnswer? answer, Checklist? checklist, string path, int index, Dictionary<ProvisionReference, int> firstSeen, ProblemCollector problems)
    {
        if (answer is null)
        {
            problems.Add(path, null, "an answer is missing");
            return;
        }

        if (!answer.Provision.IsValid)
        {
            problems.Add(path + ".provision", null, "an answer needs a provision");
        }
        else if (firstSeen.TryGetValue(answer.Provision, out var first))
        {
            problems.Add(path + ".provision", answer.Provision.Code, $"provision {answer.Provision.Code} is answered more than once (first at answers[{first.ToString(CultureInfo.InvariantCulture)}])");
        }
        else
        {
            firstSeen.Add(answer.Provision, index);
            if (checklist is not null && !checklist.HasItem(answer.Provision))
            {
                problems.Add(path + ".provision", answer.Provision.Code, $"provision {answer.Provision.Code} is not an item of checklist {checklist}");
            }
        }

        if (!Enum.IsDefined(answer.Compliance))
        {
            problems.Add(path + ".compliance", answer.Compliance.ToString(), $"'{answer.Compliance}' is not a compliance level (Full, Partial, None or NotApplicable)");
        }

        if (!Enum.IsDefined(answer.Priority))
        {
            problems.Add(path + ".priority", answer.Priority.ToString(), $"'{answer.Priority}' is not a priority (Unstated, High, Medium or Low)");
        }

        CheckAssistanceTypes(answer, path, problems);

        for (var j = 0; j < answer.Obstacles.Count; j++)
        {
            if (!answer.Obstacles[j].IsValid)
            {
                problems.Add($"{path}.obstacles[{j.ToString(CultureInfo.InvariantCulture)}]", null, "an obstacle code is missing");
            }
        }

        for (var k = 0; k < answer.AssistanceReceived.Count; k++)
        {
            var received = answer.AssistanceReceived[k];
            var receivedPath = $"{path}.assistanceReceived[{k.ToString(CultureInfo.InvariantCulture)}]";
            if (received is null || (received.Provider is not { IsValid: true } && string.IsNullOrWhiteSpace(received.ProviderName)))
            {
                problems.Add(receivedPath, null, "say who gave the assistance: a provider id, a provider name or both");
            }
        }
    }

    private static void CheckAssistanceTypes(ChecklistAnswer answer, string path, ProblemCollector problems)
    {
        var types = answer.AssistanceTypes;
        if (!answer.AssistanceNeeded && !types.IsEmpty)
        {
            problems.Add(path + ".assistanceTypes", string.Join(", ", types.Select(Code)), "assistance types are listed but assistanceNeeded is false");
        }

        if (answer.AssistanceNeeded && types.IsEmpty)
        {
            problems.Add(path + ".assistanceTypes", null, "assistance is needed but no type is given");
        }

        for (var j = 0; j < types.Count; j++)
        {
            var typePath = $"{path}.assistanceTypes[{j.ToString(CultureInfo.InvariantCulture)}]";
            if (!Enum.IsDefined(types[j]))
            {
                problems.Add(typePath, types[j].ToString(), $"'{types[j]}' is not an assistance type");
            }
            else if (types.AsSpan()[..j].Contains(types[j]))
            {
                problems.Add(typePath, Code(types[j]), $"{Code(types[j])} is listed more than once");
            }
        }
    }

    private static string Code(AssistanceType type) => Enum.IsDefined(type) ? AssistanceTypeCatalogue.Get(type).Code : type.ToString();

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
