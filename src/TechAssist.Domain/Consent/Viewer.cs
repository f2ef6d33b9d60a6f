using System.Text.Json.Serialization;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Consent;

/// <summary>Who is looking: the public, the secretariat, a provider or a State. Every output about States' needs is filtered by it.</summary>
/// <remarks>
/// <para>Pass a viewer to <see cref="SharingConsent.AllowsViewer"/>, or to <c>IsVisibleTo</c> on a report or a need,
/// before showing anything a State has said. <c>default(Viewer)</c> is <see cref="Public"/>, the narrowest view.</para>
/// </remarks>
public readonly record struct Viewer
{
    [JsonConstructor]
    internal Viewer(ViewerKind kind, ProviderId? provider = null, CountryCode? state = null)
    {
        Kind = kind;
        Provider = provider;
        State = state;
    }

    /// <summary>The public: sees what States made public.</summary>
    public static Viewer Public => default;

    /// <summary>The secretariat: sees every report and need.</summary>
    public static Viewer Secretariat => new(ViewerKind.Secretariat, null, null);

    /// <summary>What kind of viewer this is.</summary>
    public ViewerKind Kind { get; }

    /// <summary>The provider, for <see cref="ViewerKind.Provider"/>; null otherwise.</summary>
    public ProviderId? Provider { get; }

    /// <summary>The State, for <see cref="ViewerKind.State"/>; null otherwise.</summary>
    public CountryCode? State { get; }

    /// <summary>A provider of technical assistance.</summary>
    /// <exception cref="ArgumentException"><paramref name="provider"/> is <c>default</c>.</exception>
    public static Viewer ForProvider(ProviderId provider) =>
        provider.IsValid ? new(ViewerKind.Provider, provider, null) : throw new ArgumentException("default(ProviderId) names no provider.", nameof(provider));

    /// <summary>A State: it sees everything of its own and what others share publicly.</summary>
    /// <exception cref="ArgumentException"><paramref name="state"/> is <c>default</c>.</exception>
    public static Viewer ForState(CountryCode state) =>
        state.IsValid ? new(ViewerKind.State, null, state) : throw new ArgumentException("default(CountryCode) names no State.", nameof(state));

    /// <summary>For example <c>Public</c>, <c>Secretariat</c>, <c>Provider UNODC</c> or <c>State KEN</c>.</summary>
    public override string ToString() => Kind switch
    {
        ViewerKind.Provider => $"Provider {Provider}",
        ViewerKind.State => $"State {State}",
        _ => Kind.ToString(),
    };
}
