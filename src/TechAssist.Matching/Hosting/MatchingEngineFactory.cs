using Microsoft.Extensions.Options;
using TechAssist.Validation;

namespace TechAssist.Matching;

/// <summary>Builds <see cref="MatchingEngine"/>s with the host's validated <see cref="MatchingOptions"/>.</summary>
/// <remarks>
/// <para>Registered as a singleton by <see cref="TechAssistServiceCollectionExtensions.AddTechAssist"/>. It holds no
/// engine: build one per version of the data (each engine is immutable and safe to share between threads), keep it
/// while the data stays the same, and swap the reference when the data changes.</para>
/// <para>Thread-safe: the options are read once, when the factory is built, and every engine takes its own copy.</para>
/// </remarks>
public sealed class MatchingEngineFactory
{
    private readonly MatchingOptions _options;

    /// <summary>Creates a factory with the host's options.</summary>
    /// <exception cref="OptionsValidationException">The options are invalid; the exception lists every problem.</exception>
    public MatchingEngineFactory(IOptions<MatchingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value.Clone();
    }

    /// <summary>A copy of the options the engines are built with.</summary>
    public MatchingOptions Options => _options.Clone();

    /// <summary>Builds an engine over <paramref name="input"/>, listing every problem with the input (repeated ids, unknown providers or States).</summary>
    public ValidationResult<MatchingEngine> Create(MatchingInput input) => MatchingEngine.Create(input, _options);
}
