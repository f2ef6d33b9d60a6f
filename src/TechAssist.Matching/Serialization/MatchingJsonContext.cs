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
[JsonSerializable(typeof(MatchingStage))]
[JsonSerializable(typeof(Experts.ExpertMatch))]
[JsonSerializable(typeof(Experts.ExpertAssignment))]
[JsonSerializable(typeof(Experts.ExpertAllocation))]
[JsonSerializable(typeof(Matrix.NeedsSupplyMatrix))]
[JsonSerializable(typeof(Matrix.MatrixCell))]
[JsonSerializable(typeof(Matrix.MatrixRow))]
[JsonSerializable(typeof(Matrix.MatrixOptions))]
[JsonSerializable(typeof(Levels.LevelRecommendation))]
[JsonSerializable(typeof(Levels.LevelOptions))]
[JsonSerializable(typeof(Collections.EquatableArray<Levels.LevelRecommendation>))]
[JsonSerializable(typeof(Collections.EquatableArray<Experts.ExpertMatch>))]
[JsonSerializable(typeof(Collections.EquatableArray<CandidateMatch>))]
[JsonSerializable(typeof(Collections.EquatableArray<Matrix.MatrixRow>))]
internal sealed partial class MatchingJsonContext : JsonSerializerContext;
