using System.Collections.Immutable;
using TechAssist.Collections;

namespace TechAssist.Validation;

/// <summary>Gathers the problems of one validation run; not thread-safe, one per run.</summary>
internal sealed class ProblemCollector
{
    private readonly ImmutableArray<ValidationProblem>.Builder _problems = ImmutableArray.CreateBuilder<ValidationProblem>();

    internal bool HasProblems => _problems.Count > 0;

    internal int Count => _problems.Count;

    internal void Add(string path, string? value, string message) => _problems.Add(new ValidationProblem(path, value, message));

    internal void AddRange(IEnumerable<ValidationProblem> problems) => _problems.AddRange(problems);

    internal EquatableArray<ValidationProblem> ToArray() => _problems.ToImmutable();

    internal ValidationResult<T> ToResult<T>(T value) => ValidationResult.From(value, ToArray());
}
