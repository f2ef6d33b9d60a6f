using System.Text.Json.Serialization;

namespace TechAssist.Convention;

/// <summary>The obligation level of a provision and where the reading comes from.</summary>
public sealed record ObligationReading
{
    [JsonConstructor]
    internal ObligationReading(ProvisionReference provision, ProvisionReference? source, ObligationLevel level, string? wording)
    {
        Provision = provision;
        Source = source;
        Level = level;
        Wording = wording;
    }

    /// <summary>The provision that was asked about.</summary>
    public ProvisionReference Provision { get; }

    /// <summary>The provision whose reading applies (the same provision or one that contains it), or null when none does.</summary>
    public ProvisionReference? Source { get; }

    /// <summary>The level; <see cref="ObligationLevel.Unknown"/> when no source gives one.</summary>
    public ObligationLevel Level { get; }

    /// <summary>The operative wording the level was read from ("shall adopt"), or null.</summary>
    public string? Wording { get; }
}
