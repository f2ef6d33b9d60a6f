using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TechAssist.Matching;

/// <summary>Registers TechAssist.Matching in a host's service collection (a donor portal, a worker, a function).</summary>
public static class TechAssistServiceCollectionExtensions
{
    /// <summary>
    /// Adds the validated <see cref="MatchingOptions"/> and a <see cref="MatchingEngineFactory"/> that builds engines with them.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options; null keeps the defaults (or what the host configured elsewhere).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// <para>The options are checked with <see cref="MatchingOptions.Validate"/> when the host starts
    /// (<c>ValidateOnStart</c>): a misconfigured host fails at startup with an <see cref="OptionsValidationException"/>
    /// listing every problem, option name and value. Outside a host, the first read of
    /// <see cref="IOptions{TOptions}.Value"/> throws the same exception.</para>
    /// <para>Uses <c>TryAdd</c>: a factory or validator the host registered before is kept. Safe to call more than once;
    /// each <paramref name="configure"/> is applied in order.</para>
    /// </remarks>
    public static IServiceCollection AddTechAssist(this IServiceCollection services, Action<MatchingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MatchingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // ValidateOnStart adds an entry each time it is called; once is enough.
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<MatchingOptions>) && d.ImplementationType == typeof(MatchingOptionsValidator)))
        {
            options.ValidateOnStart();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MatchingOptions>, MatchingOptionsValidator>());
        services.TryAddSingleton<MatchingEngineFactory>();
        return services;
    }
}
