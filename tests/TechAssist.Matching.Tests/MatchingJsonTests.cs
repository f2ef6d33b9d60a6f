using System.Text.Json;
using TechAssist.Matching.Experts;
using TechAssist.Matching.Matrix;
using TechAssist.Matching.Tests.Testing;
using TechAssist.Serialization;

namespace TechAssist.Matching.Tests;

public class MatchingJsonTests
{
    private static T RoundTrip<T>(T value)
    {
        var json = TechAssistJson.Serialize(value, MatchingJson.Options);
        var read = TechAssistJson.Deserialize<T>(json, MatchingJson.Options);
        read.Problems.Should().BeEmpty();
        TechAssistJson.Serialize(read.Value, MatchingJson.Options).Should().Be(json);
        return read.Value!;
    }

    [Fact]
    public void ReflectionSerialization_IsSwitchedOffInTheseTests() =>
        JsonSerializer.IsReflectionEnabledByDefault.Should().BeFalse();

    [Fact]
    public void Results_RoundTrip()
    {
        var engine = HandBuiltCase.Engine();
        var result = engine.Run();

        RoundTrip(result).Should().Be(result);
        var matrix = engine.BuildMatrix(result);
        RoundTrip(matrix).Should().Be(matrix);
        RoundTrip(matrix.ToRows()).Should().Equal(matrix.ToRows());
        var levels = engine.RecommendLevels();
        RoundTrip(levels).Should().Equal(levels);
        var candidates = engine.CandidatesFor(TechAssist.Needs.NeedId.From("N1"));
        RoundTrip(candidates).Should().Equal(candidates);
    }

    [Fact]
    public void Match_IsWrittenWithItsExplanation()
    {
        var json = TechAssistJson.Serialize(HandBuiltCase.Engine().Run().Matches[0], MatchingJson.Options);

        json.Should().Contain("\"need\": \"N1\"").And.Contain("\"offering\": \"O3\"").And.Contain("\"reason\": \"ProvisionExact\"").And.Contain("\"score\": 90");
    }
}
