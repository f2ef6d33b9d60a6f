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
internal sealed partial class TechAssistJsonContext : JsonSerializerContext;
