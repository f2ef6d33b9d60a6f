using TechAssist.Collections;

namespace TechAssist.Validation;

/// <summary>Thrown by the throwing conveniences when data has problems; lists every problem.</summary>
public sealed class TechAssistValidationException : Exception
{
    /// <summary>Creates the exception for a subject (what was validated) and its problems.</summary>
    public TechAssistValidationException(string subject, EquatableArray<ValidationProblem> problems)
        : base(Describe(subject, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public EquatableArray<ValidationProblem> Problems { get; }

    private static string Describe(string subject, EquatableArray<ValidationProblem> problems)
    {
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"{subject} has {count}:" + string.Concat(problems.Select(problem => Environment.NewLine + "- " + problem));
    }
}
