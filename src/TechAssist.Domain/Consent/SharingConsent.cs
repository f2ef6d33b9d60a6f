using TechAssist.Collections;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Consent;

/// <summary>A State's consent to share a report or a need: confidential, with providers (all or named), or public.</summary>
/// <remarks>
/// <para>The owning State and the secretariat always see; <see cref="SharingScope.Providers"/> adds every provider when
/// <see cref="AllProviders"/> is true, else only <see cref="NamedProviders"/>; <see cref="SharingScope.Public"/> adds everyone.</para>
/// <para>A consent is checked when the report or need that holds it is validated (a Providers consent that names no
/// provider and is not for all of them is a problem); <see cref="AllowsViewer"/> itself never throws on such data
/// and simply lets no provider see.</para>
/// </remarks>
public sealed record SharingConsent
{
    /// <summary>The State and the secretariat only.</summary>
    public static SharingConsent Confidential { get; } = new() { Scope = SharingScope.Confidential };

    /// <summary>Every provider of technical assistance, besides the State and the secretariat.</summary>
    public static SharingConsent WithAllProviders { get; } = new() { Scope = SharingScope.Providers, AllProviders = true };

    /// <summary>Anyone.</summary>
    public static SharingConsent Public { get; } = new() { Scope = SharingScope.Public };

    /// <summary>How widely the State shares.</summary>
    public required SharingScope Scope { get; init; }

    /// <summary>For <see cref="SharingScope.Providers"/>: whether every provider may see.</summary>
    public bool AllProviders { get; init; }

    /// <summary>For <see cref="SharingScope.Providers"/> without <see cref="AllProviders"/>: the providers that may see, ordered by id.</summary>
    public EquatableArray<ProviderId> NamedProviders { get; init; }

    /// <summary>Consent to share with the named providers only.</summary>
    /// <exception cref="ArgumentException">No provider is named, or one is <c>default</c>.</exception>
    public static SharingConsent WithProviders(params ReadOnlySpan<ProviderId> providers)
    {
        if (providers.IsEmpty)
        {
            throw new ArgumentException("Name at least one provider, or use WithAllProviders.", nameof(providers));
        }

        foreach (var provider in providers)
        {
            if (!provider.IsValid)
            {
                throw new ArgumentException("default(ProviderId) names no provider.", nameof(providers));
            }
        }

        return new() { Scope = SharingScope.Providers, NamedProviders = providers.ToArray().Distinct().Order().ToEquatableArray() };
    }

    /// <summary>Whether <paramref name="viewer"/> may see what <paramref name="owner"/> shared under this consent.</summary>
    public bool AllowsViewer(Viewer viewer, CountryCode owner) => viewer.Kind switch
    {
        ViewerKind.Secretariat => true,
        ViewerKind.State => viewer.State == owner || Scope == SharingScope.Public,
        ViewerKind.Provider => Scope == SharingScope.Public
            || (Scope == SharingScope.Providers && (AllProviders || (viewer.Provider is { } provider && NamedProviders.AsSpan().Contains(provider)))),
        _ => Scope == SharingScope.Public,
    };

    /// <summary>For example <c>Confidential</c>, <c>Providers (all)</c>, <c>Providers (UNDP, UNODC)</c> or <c>Public</c>.</summary>
    public override string ToString() => Scope switch
    {
        SharingScope.Providers when AllProviders => "Providers (all)",
        SharingScope.Providers => $"Providers ({string.Join(", ", NamedProviders)})",
        _ => Scope.ToString(),
    };
}
