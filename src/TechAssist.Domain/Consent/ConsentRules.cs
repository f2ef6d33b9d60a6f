using System.Globalization;
using TechAssist.Validation;

namespace TechAssist.Consent;

/// <summary>The checks a consent gets wherever it is held (a report, a need).</summary>
internal static class ConsentRules
{
    internal static void Check(SharingConsent? consent, string path, ProblemCollector problems)
    {
        if (consent is null)
        {
            problems.Add(path, null, "the State's consent to share is missing: Confidential, Providers or Public");
            return;
        }

        if (!Enum.IsDefined(consent.Scope))
        {
            problems.Add(path + ".scope", consent.Scope.ToString(), $"'{consent.Scope}' is not a sharing scope (Confidential, Providers or Public)");
            return;
        }

        if (consent.Scope == SharingScope.Providers && !consent.AllProviders && consent.NamedProviders.IsEmpty)
        {
            problems.Add(path + ".namedProviders", null, "consent to share with providers names no provider: name at least one or set allProviders");
        }

        if (consent.Scope != SharingScope.Providers && (consent.AllProviders || !consent.NamedProviders.IsEmpty))
        {
            problems.Add(path + ".scope", consent.Scope.ToString(), $"providers are named or allProviders is set, but the scope is {consent.Scope}, not Providers");
        }

        if (consent.AllProviders && !consent.NamedProviders.IsEmpty)
        {
            problems.Add(path + ".namedProviders", string.Join(", ", consent.NamedProviders), "providers are named although allProviders is set");
        }

        for (var i = 0; i < consent.NamedProviders.Count; i++)
        {
            var provider = consent.NamedProviders[i];
            var itemPath = $"{path}.namedProviders[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (!provider.IsValid)
            {
                problems.Add(itemPath, null, "a provider id is missing");
            }
            else if (consent.NamedProviders.AsSpan()[..i].Contains(provider))
            {
                problems.Add(itemPath, provider.Value, $"{provider} is named more than once");
            }
        }
    }
}
