using System.Collections.Immutable;
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
/// Each <see cref="EquatableArray{T}"/> needs its <see cref="ImmutableArray{T}"/> here and a converter in
/// <see cref="TechAssistJson"/>; <c>TechAssistJsonTests</c> checks both lists against each other.
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
[JsonSerializable(typeof(State))]
[JsonSerializable(typeof(RegionalGroupAssignment))]
[JsonSerializable(typeof(ConventionStatus))]
[JsonSerializable(typeof(ConventionStatusDocument))]
[JsonSerializable(typeof(RegionalGroupsDocument))]
[JsonSerializable(typeof(ValidationProblem))]
[JsonSerializable(typeof(AssistanceType))]
[JsonSerializable(typeof(AssistanceTypeInfo))]
[JsonSerializable(typeof(ProviderId))]
[JsonSerializable(typeof(ImmutableArray<Article>))]
[JsonSerializable(typeof(ImmutableArray<Chapter>))]
[JsonSerializable(typeof(ImmutableArray<State>))]
[JsonSerializable(typeof(ImmutableArray<RegionalGroup>))]
[JsonSerializable(typeof(ImmutableArray<RegionalGroupAssignment>))]
[JsonSerializable(typeof(ImmutableArray<ConventionStatus>))]
[JsonSerializable(typeof(ImmutableArray<ValidationProblem>))]
[JsonSerializable(typeof(ImmutableArray<ProvisionReference>))]
[JsonSerializable(typeof(ImmutableArray<CountryCode>))]
[JsonSerializable(typeof(ImmutableArray<PartyId>))]
[JsonSerializable(typeof(ImmutableArray<ThematicArea>))]
[JsonSerializable(typeof(ImmutableArray<AssistanceType>))]
[JsonSerializable(typeof(ImmutableArray<AssistanceTypeInfo>))]
[JsonSerializable(typeof(ImmutableArray<ProviderId>))]
[JsonSerializable(typeof(Languages.LanguageCode))]
[JsonSerializable(typeof(Supply.CurrencyCode))]
[JsonSerializable(typeof(Supply.OfferingId))]
[JsonSerializable(typeof(Experts.ExpertId))]
[JsonSerializable(typeof(Knowledge.KnowledgeResourceId))]
[JsonSerializable(typeof(Supply.ProviderKind))]
[JsonSerializable(typeof(Supply.Provider))]
[JsonSerializable(typeof(Supply.Modality))]
[JsonSerializable(typeof(Supply.FundingStatus))]
[JsonSerializable(typeof(Supply.PolicySignificance))]
[JsonSerializable(typeof(Supply.Budget))]
[JsonSerializable(typeof(Supply.Capacity))]
[JsonSerializable(typeof(Supply.Coverage))]
[JsonSerializable(typeof(Supply.ScopeLevel))]
[JsonSerializable(typeof(Supply.Scope))]
[JsonSerializable(typeof(Supply.Eligibility))]
[JsonSerializable(typeof(Supply.Offering))]
[JsonSerializable(typeof(Supply.SupplyDocument))]
[JsonSerializable(typeof(Iati.IatiRegionVocabulary))]
[JsonSerializable(typeof(Iati.IatiRegion))]
[JsonSerializable(typeof(Iati.IatiImportOptions))]
[JsonSerializable(typeof(Iati.ProviderState))]
[JsonSerializable(typeof(Iati.IatiImportProblem))]
[JsonSerializable(typeof(Iati.IatiActivitySummary))]
[JsonSerializable(typeof(Iati.IatiImportResult))]
[JsonSerializable(typeof(Experts.Expertise))]
[JsonSerializable(typeof(Experts.Employer))]
[JsonSerializable(typeof(Experts.ExpertContact))]
[JsonSerializable(typeof(Experts.Expert))]
[JsonSerializable(typeof(Experts.ExpertDirectoryDocument))]
[JsonSerializable(typeof(Knowledge.KnowledgeResourceKind))]
[JsonSerializable(typeof(Knowledge.KnowledgeResource))]
[JsonSerializable(typeof(ImmutableArray<Languages.LanguageCode>))]
[JsonSerializable(typeof(ImmutableArray<ArticleNumber>))]
[JsonSerializable(typeof(ImmutableArray<ChapterNumber>))]
[JsonSerializable(typeof(ImmutableArray<string>))]
[JsonSerializable(typeof(ImmutableArray<Supply.Provider>))]
[JsonSerializable(typeof(ImmutableArray<Supply.Offering>))]
[JsonSerializable(typeof(ImmutableArray<Iati.IatiRegion>))]
[JsonSerializable(typeof(ImmutableArray<Iati.ProviderState>))]
[JsonSerializable(typeof(ImmutableArray<Iati.IatiImportProblem>))]
[JsonSerializable(typeof(ImmutableArray<Iati.IatiActivitySummary>))]
[JsonSerializable(typeof(ImmutableArray<Experts.Expertise>))]
[JsonSerializable(typeof(ImmutableArray<Experts.Expert>))]
[JsonSerializable(typeof(ImmutableArray<NodaTime.DateInterval>))]
[JsonSerializable(typeof(ImmutableArray<Knowledge.KnowledgeResource>))]
internal sealed partial class TechAssistJsonContext : JsonSerializerContext;
