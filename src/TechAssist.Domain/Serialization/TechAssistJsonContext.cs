using System.Text.Json.Serialization;
using TechAssist.Assistance;
using TechAssist.Collections;
using TechAssist.Convention;
using TechAssist.States;
using TechAssist.Supply;
using TechAssist.Validation;

namespace TechAssist.Serialization;

/// <summary>The source-generated JSON metadata of every public model type of TechAssist.Domain.</summary>
/// <remarks>
/// Each <see cref="EquatableArray{T}"/> of the model is registered in <see cref="TechAssistJson"/> (its
/// <c>Arrays</c> resolver); <c>TechAssistJsonTests</c> checks that every one the model uses is.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ArticleNumber))]
[JsonSerializable(typeof(ChapterNumber))]
[JsonSerializable(typeof(ProvisionReference))]
[JsonSerializable(typeof(ThematicArea))]
[JsonSerializable(typeof(ObligationLevel))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Chapter))]
[JsonSerializable(typeof(ObligationReading))]
[JsonSerializable(typeof(CountryCode))]
[JsonSerializable(typeof(PartyId))]
[JsonSerializable(typeof(RegionalGroup))]
[JsonSerializable(typeof(GroupParticipation))]
[JsonSerializable(typeof(UnStatus))]
[JsonSerializable(typeof(ConsentKind))]
[JsonSerializable(typeof(ConventionStanding))]
[JsonSerializable(typeof(State))]
[JsonSerializable(typeof(RegionalGroupAssignment))]
[JsonSerializable(typeof(ConventionStatus))]
[JsonSerializable(typeof(ConventionStatusDocument))]
[JsonSerializable(typeof(RegionalGroupsDocument))]
[JsonSerializable(typeof(ValidationProblem))]
[JsonSerializable(typeof(AssistanceType))]
[JsonSerializable(typeof(AssistanceTypeInfo))]
[JsonSerializable(typeof(ProviderId))]
[JsonSerializable(typeof(Checklists.ChecklistId))]
[JsonSerializable(typeof(Checklists.Checklist))]
[JsonSerializable(typeof(Checklists.ChecklistItem))]
[JsonSerializable(typeof(Checklists.ChecklistDocument))]
[JsonSerializable(typeof(Checklists.ChecklistItemDocument))]
[JsonSerializable(typeof(Checklists.Compliance))]
[JsonSerializable(typeof(Checklists.ObstacleCode))]
[JsonSerializable(typeof(Checklists.ChecklistAnswer))]
[JsonSerializable(typeof(Checklists.AssistanceReceived))]
[JsonSerializable(typeof(Consent.SharingScope))]
[JsonSerializable(typeof(Consent.ViewerKind))]
[JsonSerializable(typeof(Consent.Viewer))]
[JsonSerializable(typeof(Consent.SharingConsent))]
[JsonSerializable(typeof(Reports.ReportId))]
[JsonSerializable(typeof(Reports.ReportStatus))]
[JsonSerializable(typeof(Reports.SelfAssessmentReport))]
[JsonSerializable(typeof(Reports.SelfAssessmentReportDocument))]
[JsonSerializable(typeof(ImportResult<Reports.SelfAssessmentReport>))]
[JsonSerializable(typeof(ImportResult<Needs.Need>))]
[JsonSerializable(typeof(Needs.NeedId))]
[JsonSerializable(typeof(Needs.NeedPriority))]
[JsonSerializable(typeof(Needs.NeedStatus))]
[JsonSerializable(typeof(Needs.NeedStatusChange))]
[JsonSerializable(typeof(Needs.NeedSourceKind))]
[JsonSerializable(typeof(Needs.NeedSource))]
[JsonSerializable(typeof(Needs.ProvenanceAction))]
[JsonSerializable(typeof(Needs.ProvenanceEntry))]
[JsonSerializable(typeof(Needs.Need))]
[JsonSerializable(typeof(Needs.NeedEntry))]
[JsonSerializable(typeof(Needs.NeedsDocument))]
[JsonSerializable(typeof(Reviews.Rate))]
[JsonSerializable(typeof(Reviews.GroupResponseRate))]
[JsonSerializable(typeof(Reviews.ResponseRateRow))]
[JsonSerializable(typeof(Reviews.NonReportingRow))]
[JsonSerializable(typeof(Reviews.ResponseRateReview))]
[JsonSerializable(typeof(Reviews.ComplianceTally))]
[JsonSerializable(typeof(Reviews.GroupComplianceTally))]
[JsonSerializable(typeof(Reviews.ProvisionCompliance))]
[JsonSerializable(typeof(Reviews.ComplianceRow))]
[JsonSerializable(typeof(Reviews.ComplianceReview))]
[JsonSerializable(typeof(Reviews.GroupCount))]
[JsonSerializable(typeof(Reviews.NeedTally))]
[JsonSerializable(typeof(Reviews.RankedType))]
[JsonSerializable(typeof(Reviews.TypeRanking))]
[JsonSerializable(typeof(Reviews.NeedTallyRow))]
[JsonSerializable(typeof(Reviews.TypeRankingRow))]
[JsonSerializable(typeof(Reviews.NeedsReview))]
[JsonSerializable(typeof(Reviews.SharedNeed))]
[JsonSerializable(typeof(Reviews.CommonalityRow))]
[JsonSerializable(typeof(Reviews.CommonalityReview))]
[JsonSerializable(typeof(Reviews.ArticleCompliance))]
internal sealed partial class TechAssistJsonContext : JsonSerializerContext;
