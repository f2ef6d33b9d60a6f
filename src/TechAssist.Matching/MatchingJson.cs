using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TechAssist.Matching.Scoring;
using TechAssist.Matching.Serialization;
using TechAssist.Serialization;

namespace TechAssist.Matching;

/// <summary>JSON for the results of TechAssist.Matching, with the Domain model's settings and metadata: no reflection.</summary>
/// <remarks>Use <see cref="Options"/> with <see cref="TechAssistJson.Serialize{T}(T, JsonSerializerOptions)"/>, or chain <see cref="TypeInfoResolver"/> into a host's options.</remarks>
public static class MatchingJson
{
    private static readonly EquatableArrayTypeInfoResolver Arrays = new(
    [
        EquatableArrayTypeInfoResolver.For<Match>(),
        EquatableArrayTypeInfoResolver.For<UnassignedNeed>(),
        EquatableArrayTypeInfoResolver.For<FilterCount>(),
        EquatableArrayTypeInfoResolver.For<GroupCoverage>(),
        EquatableArrayTypeInfoResolver.For<KnowledgeSuggestion>(),
        EquatableArrayTypeInfoResolver.For<CandidateMatch>(),
        EquatableArrayTypeInfoResolver.For<ScoreComponent>(),
        EquatableArrayTypeInfoResolver.For<Experts.ExpertMatch>(),
        EquatableArrayTypeInfoResolver.For<Experts.ExpertAssignment>(),
        EquatableArrayTypeInfoResolver.For<Matrix.MatrixCell>(),
        EquatableArrayTypeInfoResolver.For<Matrix.MatrixRow>(),
        EquatableArrayTypeInfoResolver.For<Levels.LevelRecommendation>(),
        EquatableArrayTypeInfoResolver.For<Supply.OfferingId>(),
        EquatableArrayTypeInfoResolver.For<Needs.NeedId>(),
        EquatableArrayTypeInfoResolver.For<Knowledge.KnowledgeResourceId>(),
    ]);

    /// <summary>The metadata of the Matching result types and of the Domain model.</summary>
    /// <remarks>The Domain's resolver comes before this package's context: the Domain types (and their arrays) keep the Domain's own metadata.</remarks>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } =
        JsonTypeInfoResolver.Combine(Arrays, TechAssistJson.TypeInfoResolver, MatchingJsonContext.Default);

    /// <summary>Read-only options for the Matching results and the Domain model.</summary>
    public static JsonSerializerOptions Options { get; } = TechAssistJson.CreateOptions(TypeInfoResolver);
}
