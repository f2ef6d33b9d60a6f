using Microsoft.Extensions.Options;

namespace TechAssist.Matching;

/// <summary>Checks <see cref="MatchingOptions"/> for the options system, with every problem of <see cref="MatchingOptions.Validate"/>.</summary>
/// <remarks>Each failure reads <c>MatchingOptions.MinimumScore = 0: the minimum score must be from 1 to the maximum score (115)</c>. Stateless and thread-safe.</remarks>
internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    /// <summary>Every problem of the options, or success.</summary>
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.IsEmpty
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{nameof(MatchingOptions)}.{p.Path} = {p.Value ?? "null"}: {p.Message}"));
    }
}
