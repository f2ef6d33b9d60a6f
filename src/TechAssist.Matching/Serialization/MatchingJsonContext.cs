using System.Text.Json.Serialization;
using TechAssist.Matching.Scoring;

namespace TechAssist.Matching.Serialization;

/// <summary>The source-generated JSON metadata of the public result types of TechAssist.Matching.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(MatchingResult))]
[JsonSerializable(typeof(Match))]
[JsonSerializable(typeof(UnassignedNeed))]
[JsonSerializable(typeof(FilterCount))]
[JsonSerializable(typeof(GroupCoverage))]
[JsonSerializable(typeof(KnowledgeSuggestion))]
[JsonSerializable(typeof(CandidateMatch))]
[JsonSerializable(typeof(MatchExplanation))]
[JsonSerializable(typeof(ScoreComponent))]
[JsonSerializable(typeof(AllocationStrategy))]
[JsonSerializable(typeof(UnassignedReason))]
[JsonSerializable(typeof(FilterKind))]
internal sealed partial class MatchingJsonContext : JsonSerializerContext;
