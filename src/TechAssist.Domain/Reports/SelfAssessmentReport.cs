using NodaTime;
using TechAssist.Checklists;
using TechAssist.Collections;
using TechAssist.Consent;
using TechAssist.States;

namespace TechAssist.Reports;

/// <summary>A State's answers to a version of a self-assessment checklist, with its consent to share them.</summary>
/// <remarks>
/// <para>The record holds what it is given; check it with <see cref="SelfAssessmentReportValidator"/>, which lists every
/// problem, before counting it or deriving needs from it.</para>
/// <para>Reviews count <see cref="ReportStatus.Submitted"/> and <see cref="ReportStatus.Final"/> reports only, and a
/// later report of the same State on the same checklist supersedes an earlier one (see <see cref="ReportSelection"/>).</para>
/// </remarks>
public sealed record SelfAssessmentReport
{
    /// <summary>The report's id.</summary>
    public required ReportId Id { get; init; }

    /// <summary>The State that reports.</summary>
    public required CountryCode State { get; init; }

    /// <summary>The checklist answered.</summary>
    public required ChecklistId Checklist { get; init; }

    /// <summary>The version of the checklist answered.</summary>
    public required int ChecklistVersion { get; init; }

    /// <summary>Where the report stands.</summary>
    public required ReportStatus Status { get; init; }

    /// <summary>The date the State submitted it: required once <see cref="ReportStatus.Submitted"/> or <see cref="ReportStatus.Final"/>.</summary>
    public LocalDate? SubmissionDate { get; init; }

    /// <summary>The State's consent to share the report and the needs derived from it.</summary>
    public required SharingConsent Consent { get; init; }

    /// <summary>The answers, one per checklist item answered.</summary>
    public EquatableArray<ChecklistAnswer> Answers { get; init; }

    /// <summary>Whether the report counts in reviews and yields needs: submitted or final.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSubmitted => Status is ReportStatus.Submitted or ReportStatus.Final;

    /// <summary>Whether <paramref name="viewer"/> may see the report under the State's consent.</summary>
    public bool IsVisibleTo(Viewer viewer) => Consent is not null && Consent.AllowsViewer(viewer, State);

    /// <summary>For example <c>KEN-2008 (KEN, review-cycle-1 v1, Final)</c>.</summary>
    public override string ToString() => $"{Id} ({State}, {Checklist} v{ChecklistVersion}, {Status})";
}
