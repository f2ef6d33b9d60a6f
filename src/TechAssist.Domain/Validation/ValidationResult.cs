using System.Diagnostics.CodeAnalysis;
using TechAssist.Collections;

namespace TechAssist.Validation;

/// <summary>The outcome of validating or reading something: the value when it is valid, and every problem found.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>
/// Bad data is not exceptional: methods that read user data return this type and list all the problems, not only the
/// first. <see cref="GetValueOrThrow"/> is there for callers who prefer an exception.
/// </remarks>
public sealed record ValidationResult<T>
{
    private readonly T? _value;

    internal ValidationResult(T? value, EquatableArray<ValidationProblem> problems)
    {
        _value = problems.IsEmpty ? value : default;
        Problems = problems;
    }

    /// <summary>Whether no problem was found, so that <see cref="Value"/> holds the result.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Problems.IsEmpty;

    /// <summary>The value when valid; <c>default</c> otherwise.</summary>
    public T? Value => _value;

    /// <summary>Every problem found, in the order of the input.</summary>
    public EquatableArray<ValidationProblem> Problems { get; }

    /// <summary>Returns the value, or throws an exception that lists every problem.</summary>
    /// <exception cref="TechAssistValidationException">There are problems.</exception>
    public T GetValueOrThrow() => IsValid ? Value : throw new TechAssistValidationException(typeof(T).Name, Problems);
}

/// <summary>Creates <see cref="ValidationResult{T}"/> values.</summary>
public static class ValidationResult
{
    /// <summary>A valid result.</summary>
    public static ValidationResult<T> Success<T>(T value) => new(value, default);

    /// <summary>A result with problems (at least one).</summary>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public static ValidationResult<T> Failure<T>(EquatableArray<ValidationProblem> problems)
    {
        if (problems.IsEmpty)
        {
            throw new ArgumentException("A failed result needs at least one problem.", nameof(problems));
        }

        return new(default, problems);
    }

    /// <summary>A valid result when <paramref name="problems"/> is empty, a failure otherwise.</summary>
    public static ValidationResult<T> From<T>(T value, EquatableArray<ValidationProblem> problems) =>
        problems.IsEmpty ? Success(value) : Failure<T>(problems);
}
