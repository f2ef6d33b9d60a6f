using TechAssist.Serialization;

namespace TechAssist.Tests.Testing;

/// <summary>Serializes a value, reads it back and checks it is equal and writes the same text again.</summary>
internal static class JsonRoundTrip
{
    internal static string Assert<T>(T value)
    {
        var json = TechAssistJson.Serialize(value);
        var read = TechAssistJson.Deserialize<T>(json);

        read.Problems.Should().BeEmpty(because: json);
        read.Value.Should().Be(value, because: json);
        TechAssistJson.Serialize(read.Value).Should().Be(json);
        return json;
    }
}
