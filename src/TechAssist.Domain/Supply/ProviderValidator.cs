using TechAssist.States;
using TechAssist.Validation;

namespace TechAssist.Supply;

/// <summary>Checks providers and lists every problem with its path.</summary>
public static class ProviderValidator
{
    /// <summary>Validates one provider; paths start with <paramref name="path"/> (<c>providers[2]</c>).</summary>
    /// <remarks>
    /// Rules: a valid id; a name; a defined kind; a donor State names its State and the State is in the catalogue;
    /// only a donor State names a State; valid languages without repeats.
    /// </remarks>
    public static ValidationResult<Provider> Validate(Provider provider, string path = "provider")
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemCollector();
        Check(provider, path, problems);
        return problems.ToResult(provider);
    }

    internal static void Check(Provider provider, string path, ProblemCollector problems)
    {
        if (!provider.Id.IsValid)
        {
            problems.Add(path + ".id", null, "a provider needs an id");
        }

        if (string.IsNullOrWhiteSpace(provider.Name))
        {
            problems.Add(path + ".name", provider.Name, "a provider needs a name");
        }

        if (!Enum.IsDefined(provider.Kind))
        {
            problems.Add(path + ".kind", provider.Kind.ToString(), $"'{provider.Kind}' is not a kind of provider");
        }

        if (provider.Kind == ProviderKind.DonorState && provider.State is null)
        {
            problems.Add(path + ".state", null, "a donor State must name its State");
        }

        if (provider.State is { } state)
        {
            if (!StateCatalogue.Contains(state))
            {
                problems.Add(path + ".state", state.Value, $"'{state}' is not a State in the catalogue of 195 States");
            }
            else if (provider.Kind != ProviderKind.DonorState)
            {
                problems.Add(path + ".state", state.Value, $"only a donor State names a State, not a provider of kind {provider.Kind}");
            }
        }

        SupplyRules.CheckLanguages(provider.Languages, path + ".languages", problems);
    }
}
