using System.Text.Json;

namespace TechAssist.Serialization;

/// <summary>A value the JSON reader found but cannot accept; carries the value so that the problem reported names it.</summary>
/// <remarks>
/// The serializer adds the path and line to this same instance and rethrows it, so <see cref="TechAssistJson"/> gets the
/// value back with the position (in <see cref="Validation.ValidationProblem.Value"/>).
/// </remarks>
internal sealed class JsonValueException(string value, string message) : JsonException(message)
{
    /// <summary>The value as it was written in the document.</summary>
    internal string Value { get; } = value;
}
