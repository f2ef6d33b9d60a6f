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
internal sealed partial class TechAssistJsonContext : JsonSerializerContext;
