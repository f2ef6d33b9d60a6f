using System.Text.Json.Serialization;
using TechAssist.Collections;
using TechAssist.States;
using TechAssist.Supply;

namespace TechAssist.Iati;

/// <summary>Settings of an IATI import.</summary>
/// <remarks>Immutable; <see cref="Default"/> uses <see cref="IatiRelevance.DefaultSectorCodes"/> and SDG target 16.5.</remarks>
public sealed record IatiImportOptions
{
    /// <summary>The default settings.</summary>
    public static IatiImportOptions Default { get; } = new();

    /// <summary>Creates the default settings; set the properties to change them.</summary>
    public IatiImportOptions()
    {
    }

    // The JSON reader sets every init-only property, with 0 or null for one the document leaves out
    // (dotnet/runtime#84484): defaults given here as parameters survive. A list cannot have a constant default, so
    // settings read from JSON name their sector codes.
    [JsonConstructor]
    internal IatiImportOptions(bool sdgTarget16Point5IsRelevant = true) => SdgTarget16Point5IsRelevant = sdgTarget16Point5IsRelevant;

    /// <summary>The DAC 5-digit sector codes that make an activity relevant.</summary>
    public EquatableArray<string> RelevantSectorCodes { get; init; } = IatiRelevance.DefaultSectorCodes;

    /// <summary>Whether an SDG target 16.5 tag or sector makes an activity relevant; true by default.</summary>
    public bool SdgTarget16Point5IsRelevant { get; init; } = true;

    /// <summary>
    /// The State of government providers whose IATI identifier does not start with a country code (such as
    /// <c>XM-DAC-7</c>): the importer reads <c>GB-GOV-1</c> as the United Kingdom but cannot read DAC donor codes.
    /// </summary>
    public EquatableArray<ProviderState> ProviderStates { get; init; }
}

/// <summary>The State a provider acts for, given by the user to an IATI import.</summary>
public sealed record ProviderState
{
    /// <summary>The provider's IATI organisation identifier.</summary>
    public required ProviderId Provider { get; init; }

    /// <summary>Its State.</summary>
    public required CountryCode State { get; init; }
}
