using TechAssist.Collections;

namespace TechAssist.Validation;

/// <summary>What an import kept and what it refused: a bad record among good ones is reported, and the good ones are kept.</summary>
/// <typeparam name="T">The type of the records imported.</typeparam>
public sealed record ImportResult<T>
{
    /// <summary>The records without problems, in the order of the input.</summary>
    public required EquatableArray<T> Accepted { get; init; }

    /// <summary>Every problem found, with paths into the document (<c>reports[2].answers[12].provision</c>).</summary>
    public required EquatableArray<ValidationProblem> Problems { get; init; }

    /// <summary>Whether nothing was refused.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsComplete => Problems.IsEmpty;
}
